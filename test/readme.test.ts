import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, test} from 'vitest';
import {COMMANDS, keyName} from '../src/core/reader/commands.js';

const README = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

/** The README's key table as it must read: one row per command of the table, every key, in order. */
function expectedRows(): string[] {
	return COMMANDS.map(spec => `| ${spec.keys.map(key => `\`${keyName(key)}\``).join(' ')} | ${spec.help} |`);
}

/** The rows of the table under `## Keys`, header and rule left out. */
function readmeRows(text: string): string[] {
	const section = text.split(/^## Keys$/m)[1]?.split(/^## /m)[0] ?? '';
	return section
		.split('\n')
		.filter(line => line.startsWith('|'))
		.slice(2);
}

test("the README's key table is the command table: every command, every key, its help", () => {
	expect(readmeRows(README)).toEqual(expectedRows());
});

test('the key table check sees a missing key', () => {
	const planted = README.replace('`Space` `PgDn` `Ctrl+F`', '`Space` `PgDn`');
	expect(planted).not.toBe(README);
	expect(readmeRows(planted)).not.toEqual(expectedRows());
});
