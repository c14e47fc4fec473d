import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import type {Article, BlockKind} from '../../../src/core/article/index.js';
import {anchorAt, layoutArticle, lineOf, lineText} from '../../../src/core/layout/article.js';
import {RICH_NOW, richItem} from '../../helpers/feed-item.js';

/** An article of the given blocks, with no quotations, links or footer. */
function articleOf(blocks: readonly [BlockKind, string][], extra: Partial<Article> = {}): Article {
	return {
		id: '@k/s',
		title: 'T',
		section: 'Feed',
		updated: null,
		dateAmbiguous: false,
		paragraphs: blocks.map(([, text]) => text),
		quotes: blocks.map(() => []),
		blocks: blocks.map(([kind]) => kind),
		related: null,
		more: null,
		problems: [],
		...extra,
	};
}

const body = (article: Article, width: number): string[] => layoutArticle(article, width, RICH_NOW).lines.slice(3).map(lineText);

describe('laying out blocks', () => {
	it('cuts pre lines at the width with … and never wraps them, blank lines kept', () => {
		const article = articleOf([[{kind: 'pre'}, 'short\n\nabcdefghijklmnop\n中文中文中文中文']]);
		expect(body(article, 10)).toEqual(['short', '', 'abcdefghi…', '中文中文…']);
	});

	it('puts the gutter on every line of a block quote', () => {
		const lines = body(articleOf([[{kind: 'quote'}, 'one two three four five six']]), 12);
		expect(lines).toEqual(['> one two', '> three four', '> five six']);
	});

	it('hangs list items under their text, nested items further in, with no blank line between items', () => {
		const article = articleOf([
			[{kind: 'item', marker: '•', depth: 0}, 'alpha beta gamma'],
			[{kind: 'item', marker: '12.', depth: 1}, 'delta epsilon'],
			[{kind: 'item', marker: '   ', depth: 1}, 'zeta'],
		]);
		expect(body(article, 14)).toEqual(['• alpha beta', '  gamma', '  12. delta', '      epsilon', '      zeta']);
	});

	it('keeps deep items readable: the indent takes at most half the width', () => {
		const lines = body(articleOf([[{kind: 'item', marker: '•', depth: 6}, 'deep words here']]), 12);
		expect(lines[0]).toBe('      • deep');
		for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(12);
	});

	it('draws headings and images in their styles', () => {
		const layout = layoutArticle(
			articleOf([
				[{kind: 'heading'}, 'Sub'],
				[{kind: 'image'}, '[image: x]'],
			]),
			20,
			RICH_NOW,
		);
		expect(layout.lines.slice(3)).toEqual([[{text: 'Sub', style: 'heading'}], [], [{text: '[image: x]', style: 'meta'}]]);
	});

	it('adds the author to the meta line of a feed item', () => {
		const article = articleOf([], {origin: {feed: 'Feed', url: null, author: 'Ann Lee', summaryOnly: true}});
		expect(lineText(layoutArticle(article, 40, RICH_NOW).lines[1] ?? [])).toBe('Feed · Ann Lee');
	});

	it.each([
		[{revised: true}, 'Feed · updated since first seen'],
		[{full: true}, 'Feed · full text from the page'],
		[{fullError: 'no article found on the page'}, 'Feed · no full text: no article found on the page'],
	])('says in the meta line what became of the item (%o)', (extra, meta) => {
		const article = articleOf([], {origin: {feed: 'Feed', url: null, author: null, summaryOnly: true, ...extra}});
		expect(lineText(layoutArticle(article, 80, RICH_NOW).lines[1] ?? [])).toBe(meta);
	});

	it('lists a link without words by its URL alone, broken after its punctuation', () => {
		const url = 'https://x.example/a-very-long-path';
		const lines = layoutArticle(articleOf([], {links: [{text: url, url}]}), 16, RICH_NOW).lines.map(lineText);
		expect(lines.slice(lines.indexOf('Links') + 1)).toEqual(['https://x.', 'example/a-very-', 'long-path']);
	});
});

describe("a feed item's reading places", () => {
	const article = richItem();

	it('numbers every block once, in order: title, meta, each body block, the Links heading, each link', () => {
		const layout = layoutArticle(article, 38, RICH_NOW);
		const blocks = [...new Set(layout.starts.map(start => start.block))];
		const count = 2 + article.paragraphs.length + 1 + (article.links?.length ?? 0);
		expect(blocks).toEqual(Array.from({length: count}, (_, i) => i));
		for (const [i, start] of layout.starts.entries()) {
			const before = layout.starts[i - 1];
			if (before) expect(start.block > before.block || (start.block === before.block && start.offset >= before.offset)).toBe(true);
		}
	});

	it('keeps the same text on screen when the width changes', () => {
		const narrow = layoutArticle(article, 38, RICH_NOW);
		const wide = layoutArticle(article, 78, RICH_NOW);
		for (let line = 0; line < narrow.lines.length; line++) {
			const anchor = anchorAt(narrow, line);
			const there = anchorAt(wide, lineOf(wide, anchor));
			expect(there.block).toBe(anchor.block);
			expect(there.offset).toBeLessThanOrEqual(anchor.offset);
		}
	});
});
