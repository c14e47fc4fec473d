import {Box} from 'ink';
import {helpLines} from '../../core/layout/index.js';
import {type CommandSpec, helpEntries} from '../../core/reader/index.js';
import {StyledLineView} from '../components/index.js';

/** Props for the help screen. */
export interface HelpProps {
	readonly scroll: number;
	readonly height: number;
	readonly width: number;
	/** The command table with the user's keys (config.toml); the defaults without it. */
	readonly commands?: readonly CommandSpec[];
}

/** Every key binding, generated from the command table; scrolls like an article. */
export function HelpScreen({scroll, height, width, commands}: HelpProps) {
	return (
		<Box flexDirection="column">
			{helpLines(width, helpEntries(commands))
				.slice(scroll, scroll + height)
				.map((line, i) => (
					<StyledLineView key={scroll + i} line={line} selectedLink={null} margin={1} />
				))}
		</Box>
	);
}
