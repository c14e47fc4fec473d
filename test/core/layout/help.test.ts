import {describe, expect, test} from 'vitest';
import {helpLines} from '../../../src/core/layout/help.js';
import {cellWidth} from '../../../src/core/text/index.js';
import {COMMANDS, HELP_ENTRIES} from '../../../src/core/reader/commands.js';

describe('help screen lines', () => {
	test('come from the command table, wrap instead of cutting, and fit the width', () => {
		const narrow = helpLines(40, HELP_ENTRIES);
		const text = narrow.map(line => line.map(segment => segment.text).join(''));
		for (const line of text) expect([...line].length).toBeLessThanOrEqual(39);
		const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);
		const shown = words(text.join(' '));
		for (const entry of HELP_ENTRIES) for (const word of words(`${entry.keyLabel} ${entry.help}`)) expect(shown).toContain(word);
		expect(narrow.length).toBeGreaterThan(helpLines(100, HELP_ENTRIES).length);
	});

	test('wrap a long key label in its own column: every key of Page down shows', () => {
		const rows = helpLines(100, HELP_ENTRIES).map(line =>
			line
				.map(segment => segment.text)
				.join('')
				.trimEnd(),
		);
		const start = rows.findIndex(row => row.includes('Page down'));
		expect(rows[start]).toBe('Space PgDn  Page down');
		expect(rows[start + 1]).toBe('Ctrl+F');
		expect(HELP_ENTRIES).toHaveLength(COMMANDS.length);
	});

	// The screen draws them one column in; a line wider than the rest is cut by the terminal mid-word.
	test.each([16, 20, 24, 29, 30, 40])('at %i columns every line fits and every word of every entry shows whole', width => {
		const text = helpLines(width, HELP_ENTRIES).map(line => line.map(segment => segment.text).join(''));
		for (const line of text) expect(cellWidth(line), line).toBeLessThanOrEqual(width - 2);
		const shown = text.join(' ').split(/\s+/).filter(Boolean);
		for (const entry of HELP_ENTRIES) for (const word of `${entry.keyLabel} ${entry.help}`.split(/\s+/)) expect(shown).toContain(word);
	});

	test('too narrow for two columns, what a key does goes under its keys', () => {
		const rows = helpLines(20, HELP_ENTRIES).map(line =>
			line
				.map(segment => segment.text)
				.join('')
				.trimEnd(),
		);
		expect(rows.slice(0, 4)).toEqual(['j ↓ Ctrl+N', '  Move down /', '  scroll a line', 'k ↑ Ctrl+P']);
	});

	test('are memoised per table and width', () => {
		expect(helpLines(60, HELP_ENTRIES)).toBe(helpLines(60, HELP_ENTRIES));
		expect(helpLines(60, [...HELP_ENTRIES])).not.toBe(helpLines(60, HELP_ENTRIES));
	});
});
