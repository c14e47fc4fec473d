import {describe, expect, test} from 'vitest';
import {patchRow} from '../../../src/core/terminal/frame-patch.js';

describe('patchRow', () => {
	test('a counter in a styled header is rewritten from its first changed cell, with its style', () => {
		const old = '\x1b[1;7m newsterm › World      1/4 \x1b[22;27m';
		const next = '\x1b[1;7m newsterm › World      2/4 \x1b[22;27m';
		expect(patchRow(0, old, next)).toBe('\x1b[1;24H\x1b[1;7m2/4 \x1b[m');
	});

	test('a shorter row erases what is left of the old one', () => {
		expect(patchRow(4, 'abcdef', 'abX')).toBe('\x1b[5;3HX\x1b[K');
	});

	test('columns count wide characters as two', () => {
		expect(patchRow(0, '灯会 old', '灯会 new')).toBe('\x1b[1;6Hnew');
	});

	test('nothing in common, or an escape other than SGR and OSC 8, means a whole-row rewrite', () => {
		expect(patchRow(0, 'abc', 'xyz')).toBeNull();
		expect(patchRow(0, 'ab\x1b]2;title\x07c', 'ab\x1b]2;title\x07d')).toBeNull();
	});

	const open = (id: string, url: string): string => `\x1b]8;id=${id};${url}\x1b\\`;
	const close = '\x1b]8;;\x1b\\';

	test.each([
		[
			'a change inside a link opens the same link again for the cells written, and closes it',
			`ab ${open('1', 'https://e.org/x')}link text${close} tail`,
			`ab ${open('1', 'https://e.org/x')}link next${close} tail`,
			`\x1b[1;9H${open('1', 'https://e.org/x')}next${close} tail`,
		],
		[
			'a change after a link writes no link',
			`${open('1', 'https://e.org/x')}link${close} old`,
			`${open('1', 'https://e.org/x')}link${close} new`,
			'\x1b[1;6Hnew',
		],
		[
			'the same text under another URL is a change',
			`ab ${open('1', 'https://e.org/x')}link${close}`,
			`ab ${open('2', 'https://e.org/y')}link${close}`,
			`\x1b[1;4H${open('2', 'https://e.org/y')}link${close}`,
		],
		[
			'a link that ends in the new row is closed where it ends',
			'ab cdef',
			`ab ${open('3', 'https://e.org/z')}cd${close}ef`,
			`\x1b[1;4H${open('3', 'https://e.org/z')}cd${close}ef`,
		],
		[
			'a styled link: the link and the style are both restored',
			`a\x1b[34m${open('1', 'https://e.org/x')}bc\x1b[39m${close}`,
			`a\x1b[34m${open('1', 'https://e.org/x')}bd\x1b[39m${close}`,
			`\x1b[1;3H${open('1', 'https://e.org/x')}\x1b[34md\x1b[m${close}`,
		],
	])('%s', (_name, old, next, bytes) => {
		expect(patchRow(0, old, next)).toBe(bytes);
	});
});

describe('diffFrames with partial rows', () => {
	test('a row that changed only invisible styling writes nothing and does not move the cursor tracker (found by fast-check)', async () => {
		const {diffFrames, fullRepaint} = await import('../../../src/core/terminal/frame-diff.js');
		const {createTerminal, renderLines, screenCells, writeTerminal} = await import('../../helpers/xterm.js');
		const {screenLines} = await import('../../../src/core/terminal/frame-diff.js');
		const size = {cols: 9, rows: 6};
		const prev = ['', '', 'a\x1b[1m\x1b[39m', '', '', ''];
		const next = ['', '', 'a\x1b[1m', '\x1b]8;;https://e.org/1\x1b\\a', '', ''];
		const term = createTerminal(size.cols, size.rows);
		await writeTerminal(term, fullRepaint(prev, size) + diffFrames(prev, next, size));
		const fresh = await renderLines(screenLines(next, size), size.cols, size.rows);
		expect(screenCells(term)).toEqual(screenCells(fresh));
		term.dispose();
		fresh.dispose();
	});
});
