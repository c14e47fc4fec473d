import {describe, expect, it} from 'vitest';
import {layoutArticle, layoutFor, lineText} from '../../../src/core/layout/article.js';
import {parseArticle} from '../../../src/core/article/parse.js';
import {bundled, NOW, SEED_ID} from '../../helpers/bundled.js';

describe('layoutArticle', () => {
	const seed = layoutArticle(bundled(SEED_ID), 78, NOW);

	it('starts with the title, the meta line and a blank line', () => {
		expect(seed.lines.slice(0, 4)).toEqual([
			[{text: 'US "not there yet" in Syria ceasefire talks with Russia, Obama says', style: 'title'}],
			[{text: 'World · 2016-09-04 13:32 · 10 years ago', style: 'meta'}],
			[],
			[
				{text: 'President Barack Obama said Sunday the US was ', style: 'body'},
				{text: '"not there yet"', style: 'quote'},
				{text: ' in talks with', style: 'body'},
			],
		]);
	});

	it('says when the date order was guessed', () => {
		const layout = layoutArticle(bundled('culture/hollin-museum-tapestry'), 78, NOW);
		expect(lineText(layout.lines[1] ?? [])).toBe('Culture · 2023-07-05 10:00 · 3 years ago · date order guessed (DD/MM)');
	});

	it('numbers the links from 1 and points each at the row that shows its number', () => {
		expect(seed.links.map(link => [link.number, link.id])).toEqual([
			[1, null],
			[2, null],
			[3, null],
			[4, null],
			[5, null],
			[6, null],
		]);
		for (const link of seed.links) {
			const row = seed.lines[link.line] ?? [];
			expect(row[0]).toEqual({text: `[${link.number}] `, style: 'number', link: link.number});
			expect(row[1]).toMatchObject({style: 'missing', link: link.number});
		}
		expect(lineText(seed.lines.at(-1) ?? [])).toBe('    US president-elect seems to consider... (teaser only)');
	});

	it('styles resolved links as links and notes the related date', () => {
		const layout = layoutArticle(bundled('world/valmora-harbour-reopens'), 78, NOW);
		const related = layout.links[0];
		expect(related).toMatchObject({number: 1, id: 'business/corvane-shipping-record-profit', teaser: ''});
		const row = layout.lines[related?.line ?? -1] ?? [];
		expect(row[1]).toEqual({text: 'Corvane Shipping posts record profit as Valmora traffic recovers', style: 'link', link: 1});
		expect(layout.lines[(related?.line ?? 0) + 1]).toEqual([
			{text: '    ', style: 'body', link: 1},
			{text: '2024-04-02 09:30', style: 'teaser', link: 1},
		]);
	});

	it('marks the same quote text on screen as the parser found, across line breaks', () => {
		const article = bundled(SEED_ID);
		const marked = seed.lines.flatMap(line => line.filter(segment => segment.style === 'quote').map(segment => segment.text)).join('');
		const found = article.quotes.flatMap((spans, p) => spans.map(({start, end}) => article.paragraphs[p]?.slice(start, end))).join('');
		expect(marked.replace(/ /g, '')).toBe(found.replace(/ /g, ''));
	});

	it('an article with no date and no links has just its title, section and body', () => {
		const layout = layoutArticle(parseArticle('Bare\n\nOne line.', {id: 'x/bare', folder: 'x'}), 40, NOW);
		expect(layout.lines.map(lineText)).toEqual(['Bare', 'X', '', 'One line.']);
		expect(layout.links).toEqual([]);
	});
});

describe('layoutFor', () => {
	it('lays out once per article and width, so a key press does not re-wrap', () => {
		const article = bundled('world/valmora-harbour-reopens');
		const first = layoutFor(article, 38, NOW);
		expect(layoutFor(article, 38, NOW + 1e10)).toBe(first);
		expect(layoutFor(article, 78, NOW)).not.toBe(first);
		expect(layoutFor(article, 78, NOW)).toEqual(layoutArticle(article, 78, NOW));
	});
});
