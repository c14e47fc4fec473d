import {Box, Text} from 'ink';
import {COMMANDS, type CommandSpec} from '../../core/commands.js';
import {fit} from '../../core/text-fit.js';
import {useTheme} from '../theme.js';

const KEY_COLUMN = 12;

/** The help rows, from the command table: keys, then what they do. */
export function helpRows(table: readonly CommandSpec[] = COMMANDS): readonly (readonly [string, string])[] {
	return table.map(spec => [spec.keyLabel, spec.help] as const);
}

/** Props for the help screen. */
export interface HelpProps {
	readonly scroll: number;
	readonly height: number;
	readonly width: number;
}

/** Every key binding, generated from the command table; scrolls like an article. */
export function HelpScreen({scroll, height, width}: HelpProps) {
	const theme = useTheme();
	return (
		<Box flexDirection="column">
			{helpRows().slice(scroll, scroll + height).map(([keys, help]) => (
				<Text key={keys} wrap="truncate">
					{' '}
					<Text {...theme.style('key')}>{fit(keys, KEY_COLUMN)}</Text>
					{fit(help, Math.max(0, width - KEY_COLUMN - 2))}
				</Text>
			))}
		</Box>
	);
}
