import {describe, expect, test} from 'vitest';
import {helpLines} from '../../../src/core/layout/help.js';
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

	test('are memoised per table and width', () => {
		expect(helpLines(60, HELP_ENTRIES)).toBe(helpLines(60, HELP_ENTRIES));
		expect(helpLines(60, [...HELP_ENTRIES])).not.toBe(helpLines(60, HELP_ENTRIES));
	});
});
