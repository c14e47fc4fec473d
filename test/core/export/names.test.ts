import {describe, expect, it} from 'vitest';
import {homePath, savedName, slugOf} from '../../../src/core/export/names.js';

describe('slugOf', () => {
	it.each([
		['words, lower-cased, joined by hyphens', 'Tide Tables for the Harbour', 'tide-tables-for-the-harbour'],
		['punctuation runs become one hyphen', 'Rates: up 0.25% — again?!', 'rates-up-0-25-again'],
		['accents dropped', 'Café crème à Zürich', 'cafe-creme-a-zurich'],
		['other scripts kept', 'Новости дня', 'новости-дня'],
		['path separators and dots never survive', '../../etc/passwd', 'etc-passwd'],
		['control pictures are not letters', 'a␛]52;b', 'a-52-b'],
		['nothing left', '?!…', 'article'],
		['empty', '', 'article'],
	])('%s', (_, title, slug) => {
		expect(slugOf(title)).toBe(slug);
	});

	it('cuts a long title to 60 characters without a dangling hyphen', () => {
		const slug = slugOf(`${'word '.repeat(11)}x${'y'.repeat(20)}`);
		expect([...slug].length).toBeLessThanOrEqual(60);
		expect(slug.endsWith('-')).toBe(false);
		expect(slug.startsWith('word-word-')).toBe(true);
	});
});

describe('savedName', () => {
	it.each([
		[1, 'tide.md'],
		[2, 'tide-2.md'],
		[10, 'tide-10.md'],
	])('try %i is %s', (n, name) => {
		expect(savedName('tide', n)).toBe(name);
	});
});

describe('homePath', () => {
	it.each([
		['inside home', '/home/ann/news/a.md', '/home/ann', '~/news/a.md'],
		['home itself', '/home/ann', '/home/ann/', '~'],
		['a sibling that shares the prefix', '/home/anna/a.md', '/home/ann', '/home/anna/a.md'],
		['outside home', '/tmp/a.md', '/home/ann', '/tmp/a.md'],
		['no home', '/tmp/a.md', '', '/tmp/a.md'],
	])('%s', (_, path, home, shown) => {
		expect(homePath(path, home)).toBe(shown);
	});
});
