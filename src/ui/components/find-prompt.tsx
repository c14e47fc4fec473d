import {Box, Text} from 'ink';
import TextInput from 'ink-text-input';
import {plural} from '../../core/text/index.js';
import {useTheme} from '../theme/index.js';

/** Props for the find prompt in the footer row. */
export interface FindPromptProps {
	readonly pattern: string;
	/** How many matches the pattern has at this width, shown as it is typed. */
	readonly count: number;
	readonly width: number;
	readonly onChange: (pattern: string) => void;
	readonly onSubmit: () => void;
}

/** Control characters cannot be in the text found, and must not reach the terminal through the input. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

/** The footer as less's `/` prompt, over the article: the pattern (ink-text-input) and its count so far. */
export function FindPrompt({pattern, count, width, onChange, onSubmit}: FindPromptProps) {
	const theme = useTheme();
	const status = pattern === '' ? 'Enter finds · Esc cancels' : count === 0 ? 'not found' : plural(count, 'match', 'matches');
	return (
		<Box width={width} height={1} overflow="hidden">
			<Text>{' /'}</Text>
			<TextInput value={pattern} onChange={text => onChange(text.replace(CONTROLS, ''))} onSubmit={onSubmit} />
			<Text {...theme.style('hint')}>{`  ${status}`}</Text>
		</Box>
	);
}
