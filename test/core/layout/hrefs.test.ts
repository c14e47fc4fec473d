import {describe, expect, it} from 'vitest';
import type {Article} from '../../../src/core/article/index.js';
import {layoutArticle, lineText} from '../../../src/core/layout/article.js';
import {bareUrlSpans, bodyHrefSpans, urlPieces} from '../../../src/core/layout/hrefs.js';
import {RICH_NOW, richItem} from '../../helpers/feed-item.js';

const LONG = 'https://news.example/2026/12/03/harbour-council-votes-on-the-new-ferry-timetable?utm_source=feed&id=4471';

function article(paragraphs: string[], links: Article['links'] = []): Article {
	return {
		id: '@k/s',
		title: 'Harbour',
		section: 'Harbour',
		updated: null,
		dateAmbiguous: false,
		paragraphs,
		quotes: paragraphs.map(() => []),
		links,
		related: null,
		more: null,
		problems: [],
	};
}

/** Every run of a layout that carries an href: its row, text, id and URL. */
function linkedRuns(layout: ReturnType<typeof layoutArticle>): {row: number; text: string; id: number; url: string}[] {
	return layout.lines.flatMap((line, row) =>
		line.flatMap(segment => (segment.href ? [{row, text: segment.text, id: segment.href.id, url: segment.href.url}] : [])),
	);
}

describe('bare URLs in text', () => {
	it.each([
		['a URL in a sentence', 'see https://a.example/x now', [['https://a.example/x', 'https://a.example/x']]],
		['closing punctuation belongs to the sentence', 'see https://a.example/x.', [['https://a.example/x', 'https://a.example/x']]],
		['in brackets', '(https://a.example/x)', [['https://a.example/x', 'https://a.example/x']]],
		['a query string stays', 'at https://a.example/?q=1&b=2, then', [['https://a.example/?q=1&b=2', 'https://a.example/?q=1&b=2']]],
		['not http(s): nothing', 'javascript:alert(1) ftp://a.example/x', []],
		['a user name in it: nothing (it shows one host and opens another)', 'https://bank.example@evil.example/', []],
		[
			'two of them',
			'https://a.example/ and http://b.example/y',
			[
				['https://a.example/', 'https://a.example/'],
				['http://b.example/y', 'http://b.example/y'],
			],
		],
	])('%s', (_name, text, expected) => {
		expect(bareUrlSpans(text).map(span => [text.slice(span.start, span.end), span.url])).toEqual(expected);
	});
});

describe("the body links' words", () => {
	it('are found in order, so a second "here" is the second link', () => {
		const spans = bodyHrefSpans(
			['Read here and here.', 'Nothing.', 'Then there.'],
			[
				{text: 'here', url: 'https://a.example/1'},
				{text: 'here', url: 'https://a.example/2'},
				{text: 'there', url: 'https://a.example/3'},
			],
		);
		expect(spans).toEqual([
			[
				{start: 5, end: 9, url: 'https://a.example/1'},
				{start: 14, end: 18, url: 'https://a.example/2'},
			],
			[],
			[{start: 5, end: 10, url: 'https://a.example/3'}],
		]);
	});

	it('a link whose words are its URL is linked once, as a bare URL', () => {
		expect(bodyHrefSpans(['at https://a.example/x'], [{text: 'https://a.example/x', url: 'https://a.example/x'}])).toEqual([
			[{start: 3, end: 22, url: 'https://a.example/x'}],
		]);
	});
});

describe('links in a laid-out article', () => {
	it.each([40, 80])('a wrapped URL at %i columns: every piece carries one id and the whole URL', width => {
		const layout = layoutArticle(article([`The timetable is at ${LONG} for everyone.`]), width, RICH_NOW);
		const runs = linkedRuns(layout);
		expect(runs.length).toBeGreaterThan(1);
		expect(new Set(runs.map(run => run.id)).size).toBe(1);
		expect(runs.every(run => run.url === LONG)).toBe(true);
		expect(runs.map(run => run.text).join('')).toBe(LONG);
		// The pieces are on consecutive rows, one per row.
		expect(runs.map(run => run.row)).toEqual(runs.map((_, i) => (runs[0]?.row ?? 0) + i));
	});

	it('the Links block: words and URL are one link, distinct from the same URL in the text', () => {
		const url = 'https://tides.example/t';
		const layout = layoutArticle(article([`Tide tables are at ${url} today.`], [{text: 'Tide tables', url}]), 80, RICH_NOW);
		const runs = linkedRuns(layout);
		const body = runs.filter(run => run.row < layout.lines.findIndex(line => lineText(line) === 'Links'));
		const foot = runs.filter(run => !body.includes(run));
		expect(body.map(run => run.text)).toEqual(['Tide tables', url]);
		expect(foot.map(run => run.text)).toEqual(['Tide tables: ', url]);
		expect(new Set(foot.map(run => run.id)).size).toBe(1);
		expect(new Set(runs.map(run => run.id)).size).toBe(3);
	});

	it("the rich feed item: every href is a checked web address, and pre blocks' text is never linked", () => {
		const item = richItem();
		const layout = layoutArticle(item, 38, RICH_NOW);
		const runs = linkedRuns(layout);
		expect(runs.length).toBeGreaterThan(0);
		for (const run of runs) expect(run.url).toMatch(/^https:\/\/[\x21-\x7e]+$/);
		expect(new Set(runs.map(run => run.url))).toEqual(new Set(item.links?.map(link => link.url)));
	});

	it('text around a link keeps its quote style and characters', () => {
		const text = 'He said “see https://a.example/q for it” and left.';
		const layout = layoutArticle({...article([text]), quotes: [[{start: 8, end: 40}]]}, 80, RICH_NOW);
		const line = layout.lines.find(candidate => lineText(candidate) === text) ?? [];
		expect(line.map(segment => [segment.text, segment.style, segment.href?.url ?? null])).toEqual([
			['He said ', 'body', null],
			['“see ', 'quote', null],
			['https://a.example/q', 'quote', 'https://a.example/q'],
			[' for it”', 'quote', null],
			[' and left.', 'body', null],
		]);
	});
});

describe("the footer's URL over its rows", () => {
	const url = 'https://news.example/2026/12/03/harbour-council-votes';
	it.each([
		['on one row', [' Copied: https://news.example/2026/12/03/harbour-council-votes'], [[9, 62]]],
		[
			'wrapped after its punctuation',
			[' Copied the link to the clipboard:', ' https://news.example/2026/12/03/', ' harbour-council-votes'],
			[null, [1, 33], [1, 22]],
		],
		['a last row cut with …', [' Copied:', ' https://news.example/2026/', ' 12/03/harb…'], [null, [1, 27], [1, 11]]],
		['absent', [' Copied the text'], [null]],
	])('%s', (_name, rows, expected) => {
		const pieces = urlPieces(rows, url);
		expect(pieces.map(piece => (piece ? [piece.start, piece.end] : null))).toEqual(expected);
		const linked = rows.map((row, i) => (pieces[i] ? row.slice(pieces[i]?.start, pieces[i]?.end) : '')).join('');
		expect(url.startsWith(linked)).toBe(true);
	});
});
