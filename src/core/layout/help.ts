import {fit, wrapText} from '../text/index.js';
import type {StyledLine} from './article.js';

/** What the help screen needs of a command: how its keys are written and what it does. */
export interface HelpEntry {
	readonly keyLabel: string;
	readonly help: string;
}

const KEY_COLUMN = 12;
const KEY_WIDTH = KEY_COLUMN - 1;
/** Below this many cells for what a key does, it goes under the keys instead of beside them. */
const MIN_TEXT = 16;
/** How far what a key does is indented under its keys. */
const INDENT = 2;
// While help is shown every render and key asks for these lines: each table is wrapped once per width.
const byTable = new WeakMap<readonly HelpEntry[], Map<number, readonly StyledLine[]>>();

/**
 * The help screen's lines for a terminal width: the keys, then what they do, each wrapped in its
 * column, or under the keys when the pane is too narrow for two columns, so no word is cut.
 */
export function helpLines(width: number, table: readonly HelpEntry[]): readonly StyledLine[] {
	let widths = byTable.get(table);
	if (!widths) byTable.set(table, (widths = new Map()));
	const cached = widths.get(width);
	if (cached) return cached;
	// The screen keeps a column of margin on each side.
	const textWidth = width - KEY_COLUMN - 2;
	const lines = textWidth >= MIN_TEXT ? besideKeys(table, textWidth) : underKeys(table, Math.max(1, width - 2));
	widths.set(width, lines);
	return lines;
}

/** Keys in a column of their own, what they do beside them. */
function besideKeys(table: readonly HelpEntry[], textWidth: number): StyledLine[] {
	return table.flatMap(spec => {
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
}

/**
 * Too narrow for two columns, what the keys do goes under them, indented: beside them it had a few
 * cells and was cut mid-word.
 */
function underKeys(table: readonly HelpEntry[], width: number): StyledLine[] {
	const indent = Math.min(INDENT, width - 1);
	return table.flatMap(spec => [
		...wrapText(spec.keyLabel, width).map((text): StyledLine => [{text, style: 'number'}]),
		...wrapText(spec.help, width - indent).map((text): StyledLine => [{text: `${' '.repeat(indent)}${text}`, style: 'body'}]),
	]);
}
