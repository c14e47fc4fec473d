import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, test} from 'vitest';
import {COMMANDS, keyName} from '../src/core/reader/commands.js';

const README = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

/** The README's key table as it must read: one row per command of the table, every key, in order. */
function expectedRows(): string[] {
	// A `|` inside a table cell is escaped, code span or not (GFM), or it would end the cell.
	return COMMANDS.map(spec => `| ${spec.keys.map(key => `\`${keyName(key).replaceAll('|', '\\|')}\``).join(' ')} | ${spec.help} |`);
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

/** The text of one `## name` section of the README. */
const section = (name: string): string => README.split(new RegExp(`^## ${name}$`, 'm'))[1]?.split(/^## /m)[0] ?? '';

test('the README says how to put newsterm on the PATH, from a clone and from the tarball npm pack writes', () => {
	const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as {name: string; version: string};
	const tarball = `${pkg.name}-${pkg.version}.tgz`;
	const text = section('Installing');
	for (const command of ['npm link', 'npm install -g .', 'npm pack', `npm install -g ./${tarball}`, `npx ./${tarball}`]) {
		expect(text).toContain(command);
	}
});

test('the README explains the marks on the screen: unread, bookmarked, teaser only, and the percentage', () => {
	const text = section('The screen');
	for (const mark of ['`●`', '`★`', '(teaser only)', 'percentage', '`All`']) expect(text).toContain(mark);
});
