import {describe, expect, it} from 'vitest';
import type {Article} from '../../../src/core/article/index.js';
import {layoutArticle, lineText} from '../../../src/core/layout/article.js';
import {plainText} from '../../../src/core/layout/plain.js';
import {RICH_NOW} from '../../helpers/feed-item.js';

const article: Article = {
	id: '@k/s',
	title: 'Harbour opens',
	section: 'Harbour',
	updated: null,
	dateAmbiguous: false,
	paragraphs: ['The harbour opened today.', 'Bring', 'a coat', 'Wind from the west.'],
	quotes: [[], [], [], []],
	blocks: [{kind: 'paragraph'}, {kind: 'item', marker: '•', depth: 0}, {kind: 'item', marker: '•', depth: 1}, {kind: 'quote'}],
	links: [
		{text: 'Tide tables', url: 'https://tides.example/t'},
		{text: 'https://harbour.example/very/long/path', url: 'https://harbour.example/very/long/path'},
	],
	origin: {feed: 'Harbour Wire', url: 'https://harbour.example/a', author: null, summaryOnly: false},
	related: null,
	more: {
		section: 'Harbour',
		items: [
			{title: 'Next story', id: '@k/b', teaser: ''},
			{title: 'Older story', id: null, teaser: 'Gone.'},
		],
	},
	problems: [],
};

describe('the body’s web links as selectable links', () => {
	const layout = layoutArticle(article, 20, RICH_NOW);
	const text = layout.lines.map(lineText);

	it('are numbered after the More from links, which keep 1 and 2', () => {
		expect(layout.links.map(link => [link.number, link.title, link.url ?? null])).toEqual([
			[1, 'Next story', null],
			[2, 'Older story', null],
			[3, 'Tide tables', 'https://tides.example/t'],
			[4, 'https://harbour.example/very/long/path', 'https://harbour.example/very/long/path'],
		]);
	});

	it('cover exactly their rows, every segment of which carries the number, with no number drawn', () => {
		for (const link of layout.links.filter(candidate => candidate.url)) {
			const rows = layout.lines.slice(link.line, link.end);
			expect(rows.length).toBeGreaterThan(0);
			expect(rows.flat().every(segment => segment.link === link.number)).toBe(true);
			expect(rows.map(lineText).join('')).toContain(link.url?.slice(0, 10));
			expect(lineText(rows[0] ?? [])).not.toMatch(/^\[\d\]/);
		}
		// The long URL wraps over several rows, all its own; the row after it is not.
		const long = layout.links[3];
		expect((long?.end ?? 0) - (long?.line ?? 0)).toBeGreaterThan(1);
		expect(text[long?.end ?? 0] ?? '').toBe('');
	});

	it('sit above the numbered links, and the rows of each link do not overlap', () => {
		const byLine = [...layout.links].sort((a, b) => a.line - b.line);
		expect(byLine.map(link => link.number)).toEqual([3, 4, 1, 2]);
		for (const [i, link] of byLine.entries()) {
			expect(link.end).toBeGreaterThan(link.line);
			expect(link.end).toBeLessThanOrEqual(byLine[i + 1]?.line ?? layout.lines.length);
		}
	});
});

describe('plainText: the article for the clipboard', () => {
	it('is the title and page, the blocks (a list together, quotes marked), then the links', () => {
		expect(plainText(article)).toBe(
			`${[
				'Harbour opens\nhttps://harbour.example/a',
				'The harbour opened today.',
				'• Bring\n  • a coat',
				'> Wind from the west.',
				'Links\nTide tables: https://tides.example/t\nhttps://harbour.example/very/long/path',
			].join('\n\n')}\n`,
		);
	});

	it('of a file is its title and paragraphs', () => {
		const file: Article = {...article, paragraphs: ['One.', 'Two.'], quotes: [[], []], blocks: undefined, links: undefined, origin: undefined};
		expect(plainText(file)).toBe('Harbour opens\n\nOne.\n\nTwo.\n');
	});
});
