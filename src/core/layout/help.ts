import {fit, wrapText} from '../text/index.js';
import type {StyledLine} from './article.js';

/** What the help screen needs of a command: how its keys are written and what it does. */
export interface HelpEntry {
	readonly keyLabel: string;
	readonly help: string;
}

const KEY_COLUMN = 12;
const KEY_WIDTH = KEY_COLUMN - 1;
// While help is shown every render and key asks for these lines: each table is wrapped once per width.
const byTable = new WeakMap<readonly HelpEntry[], Map<number, readonly StyledLine[]>>();

/**
 * The help screen's lines for a width: the keys, then what they do, each wrapped in its column so
 * nothing is cut in a narrow pane.
 */
export function helpLines(width: number, table: readonly HelpEntry[]): readonly StyledLine[] {
	let widths = byTable.get(table);
	if (!widths) byTable.set(table, (widths = new Map()));
	const cached = widths.get(width);
	if (cached) return cached;
	const textWidth = Math.max(8, width - KEY_COLUMN - 2);
	const lines = table.flatMap(spec => {
		// Both columns wrap: a command with several keys (`Space PgDn Ctrl+F`) lists them on more rows.
		const keys = wrapText(spec.keyLabel, KEY_WIDTH);
		const help = wrapText(spec.help, textWidth);
		return Array.from(
			{length: Math.max(keys.length, help.length)},
			(_, i): StyledLine => [
				{text: fit(keys[i] ?? '', KEY_COLUMN), style: 'number'},
				{text: help[i] ?? '', style: 'body'},
			],
		);
	});
	widths.set(width, lines);
	return lines;
}
