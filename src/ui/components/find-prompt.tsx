import {Text} from 'ink';
import {cellWidth, plural, sanitizeText} from '../../core/text/index.js';
import {useTheme} from '../theme/index.js';

/** Props for the find prompt in the footer row. */
export interface FindPromptProps {
	readonly pattern: string;
	/** How many matches the pattern has at this width, shown as it is typed. */
	readonly count: number;
	readonly width: number;
}

/** The end of `text` that fits `room` cells: a long pattern shows where the typing is, as a shell's line does. */
function tail(text: string, room: number): string {
	const chars = Array.from(text);
	let start = 0;
	while (start < chars.length && cellWidth(chars.slice(start).join('')) > room) start++;
	return start === 0 ? text : `…${chars.slice(start + 1).join('')}`;
}

/**
 * The footer as less's `/` prompt, over the article: the pattern with a cursor after it, and its count
 * so far. The reader's own key loop edits the pattern (core/reader/update.ts), so this only draws it.
 */
export function FindPrompt({pattern, count, width}: FindPromptProps) {
	const theme = useTheme();
	const status = pattern === '' ? 'Enter finds · Esc cancels' : count === 0 ? 'not found' : plural(count, 'match', 'matches');
	// Typed by the user, but pasted text can hold anything: drawn sanitized, as all text is.
	const shown = tail(sanitizeText(pattern), Math.max(1, width - 4));
	return (
		<Text wrap="truncate">
			{` /${shown}`}
			<Text {...theme.style('cursor')}> </Text>
			<Text {...theme.style('hint')}>{`  ${status}`}</Text>
		</Text>
	);
}
