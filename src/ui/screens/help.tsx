import {Box} from 'ink';
import {helpLines} from '../../core/layout/index.js';
import {HELP_ENTRIES} from '../../core/reader/index.js';
import {StyledLineView} from '../components/index.js';

/** Props for the help screen. */
export interface HelpProps {
	readonly scroll: number;
	readonly height: number;
	readonly width: number;
}

/** Every key binding, generated from the command table; scrolls like an article. */
export function HelpScreen({scroll, height, width}: HelpProps) {
	return (
		<Box flexDirection="column">
			{helpLines(width, HELP_ENTRIES)
				.slice(scroll, scroll + height)
				.map((line, i) => (
					<StyledLineView key={scroll + i} line={line} selectedLink={null} margin={1} />
				))}
		</Box>
	);
}
