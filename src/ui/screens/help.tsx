import {Box} from 'ink';
import type {StyledLine} from '../../core/layout/index.js';
import {COMMANDS, type CommandSpec} from '../../core/reader/index.js';
import {fit, wrapText} from '../../core/text/index.js';
import {StyledLineView} from '../components/index.js';

const KEY_COLUMN = 12;
const byWidth = new Map<number, readonly StyledLine[]>();

/**
 * The help screen's lines for a width, from the command table: the keys, then what they do, wrapped
 * under itself so nothing is cut in a narrow pane.
 */
export function helpLines(width: number, table: readonly CommandSpec[] = COMMANDS): readonly StyledLine[] {
	// While help is shown every render and key asks for these lines; the default table is wrapped once per width.
	const cached = table === COMMANDS ? byWidth.get(width) : undefined;
	if (cached) return cached;
	const textWidth = Math.max(8, width - KEY_COLUMN - 2);
	const lines = table.flatMap(spec =>
		wrapText(spec.help, textWidth).map((text, i): StyledLine => [
			{text: i === 0 ? fit(spec.keyLabel, KEY_COLUMN) : ' '.repeat(KEY_COLUMN), style: 'number'},
			{text, style: 'body'},
		]),
	);
	if (table === COMMANDS) byWidth.set(width, lines);
	return lines;
}

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
			{helpLines(width).slice(scroll, scroll + height).map((line, i) => (
				<StyledLineView key={scroll + i} line={line} selectedLink={null} margin={1} />
			))}
		</Box>
	);
}
