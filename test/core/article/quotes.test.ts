import {describe, expect, it} from 'vitest';
import {findQuotes} from '../../../src/core/article/quotes.js';
import {bundled, bundledLibrary, SEED_ID} from '../../helpers/bundled.js';

/** The quoted text of each paragraph, as a reader would see it highlighted. */
function quoted(paragraphs: readonly string[]): string[][] {
	return findQuotes(paragraphs).map((spans, p) => spans.map(({start, end}) => (paragraphs[p] ?? '').slice(start, end)));
}

describe('quotations in the seed', () => {
	it('finds exactly the 10 quotations of the body', () => {
		const seed = bundled(SEED_ID);
		const all = seed.quotes.flatMap((spans, p) => spans.map(({start, end}) => seed.paragraphs[p]?.slice(start, end)));
		expect(all).toEqual([
			'"not there yet"',
			'"around-the-clock"',
			'"We have long been interested in finding a way to reduce the violence, improve humanitarian access on the ground, as a precursor for a political transition inside of Syria,"',
			'"It is a very complicated piece of business."',
			'"grave differences"',
			'"a real cessation of hostilities"',
			'"We\'re not there yet. And understandably, given the previous failures of cessations of hostilities to hold, we approach it with some scepticism,"',
			'"But it is worth trying."',
			'“blitz operation.”',
			'"The army units and allied forces have expanded the extent of their control in the area of military academies in southern Aleppo,"',
		]);
	});
});

describe('accepted quotations', () => {
	it.each([
		['straight', 'He said "hello there" and left.', ['"hello there"']],
		['curly', 'He said “hello there” and left.', ['“hello there”']],
		['curly opened, straight closed', 'He said “hello there" and left.', ['“hello there"']],
		['straight opened, curly closed', 'He said "hello there” and left.', ['"hello there”']],
		['at the start of the paragraph', '"Yes," she said.', ['"Yes,"']],
		['inside parentheses', '(as he put it, "never again")', ['"never again"']],
		['after a dash', 'It was—"a fluke"—they said.', ['"a fluke"']],
		['two in one paragraph', '"One," he said. "Two."', ['"One,"', '"Two."']],
		['apostrophe inside a quotation', '"We\'re not there yet," he said.', ['"We\'re not there yet,"']],
		['nested curly, counted once', '“He told us ‘wait for the tide’ and left,” said Tomas.', ['“He told us ‘wait for the tide’ and left,”']],
		['nested straight, counted once', '"She called it \'a small miracle\' on air," said Ansel.', ['"She called it \'a small miracle\' on air,"']],
		['single curly', '‘We thought it would be a winter bread,’ said Joon.', ['‘We thought it would be a winter bread,’']],
		['single straight', "The Courier called it 'a grown-up record'.", ["'a grown-up record'"]],
		['single with an apostrophe inside', "'We're here,' she said.", ["'We're here,'"]],
		['only the pact after a plural possessive', 'the players’ “pact” in March', ['“pact”']],
		['only the reset after a possessive', 'the minister\'s "reset" with Norvik', ['"reset"']],
		['a possessive inside', '"Essland\'s future," said Mira.', ['"Essland\'s future,"']],
		['a quotation after an inch mark', 'At 5\' 11" he said "no" twice.', ['"no"']],
		['a single quotation after a stray double mark', "He said \"oops and 'a real quote' here.", ["'a real quote'"]],
	])('%s', (_name, text, expected) => {
		expect(quoted([text])).toEqual([expected]);
	});

	it('a quotation across two paragraphs is marked to the end of the first', () => {
		const paragraphs = ['“We will rebuild the wall,', '“And we will do it together,” the mayor said.'];
		expect(quoted(paragraphs)).toEqual([['“We will rebuild the wall,'], ['“And we will do it together,”']]);
	});

	it('a quotation across three paragraphs marks each piece', () => {
		expect(quoted(['"One,', '"two,', '"three," she said.'])).toEqual([['"One,'], ['"two,'], ['"three,"']]);
	});
});

describe('look-alikes that are not quotations', () => {
	it.each([
		['contraction', "We're not there yet."],
		['possessive', "Syria's conflict started in 2011."],
		['curly possessive', 'Syria’s conflict started in 2011.'],
		['elided decade', "since the '90s, the band"],
		['curly elided decade', 'since the ’90s, the band'],
		['rock and roll, curly', 'the fast rock ’n’ roll of their singles'],
		['rock and roll, straight', "the fast rock 'n' roll of their singles"],
		['feet and inches', 'at 5\' 11" one of the shortest keepers'],
		['feet and inches, no space', 'he is 5\'11" tall'],
		['inch mark', 'a crate of 12" records'],
		['unbalanced opening mark', 'He said "hello and left.'],
		['unbalanced curly opening mark', 'He said “hello and left.'],
		['stray closing mark', 'He said hello" and left.'],
		['stray curly closing mark', 'He said hello” and left.'],
		['comparison', 'when x >= y and y <= z'],
		['plural possessive', "the players' union met"],
		['elided word', "Get 'em out"],
		['mark between spaces', 'a " b'],
	])('%s', (_name, text) => {
		expect(quoted([text])).toEqual([[]]);
	});

	it('an opening mark is not carried into a paragraph that does not start with one', () => {
		expect(quoted(['"Open and never closed.', 'No mark here."'])).toEqual([[], []]);
	});
});

describe('quotations in the bundled special-case articles', () => {
	const texts = (id: string): string[][] => quoted(bundled(id).paragraphs);

	it('valmora harbour: across two paragraphs, and a nested curly quote', () => {
		const q = texts('world/valmora-harbour-reopens');
		expect(q[2]).toEqual(['“We will rebuild the harbour wall higher than it was, and we will pay for it without waiting for the capital to remember us,']);
		expect(q[3]).toEqual(['“And we will do it together,”']);
		expect(q[6]).toEqual(['“He told us ‘wait for the tide’ and left,”', '"We have been waiting ever since."']);
	});

	it('glass sponge: a straight single quote nested in a straight double quote', () => {
		expect(texts('science/glass-sponge-essland-vents')[2]).toEqual([
			'"She called it \'a small miracle\' on air,"',
			'"and the rest of us have been calling it that ever since."',
		]);
	});

	it('fishing accord: the reset and a possessive inside a quote', () => {
		const q = texts('world/essland-norvik-fishing-accord');
		expect(q[3]).toEqual(['"reset"']);
		expect(q[4]).toEqual(['"Essland\'s future,"', '"is being traded for a photograph at a border post."']);
	});

	it('bakers: curly single-quote quotations, not the possessives', () => {
		const q = texts('business/tiller-bay-bakers-cooperative');
		expect(q[1]).toEqual([]);
		expect(q[2]).toEqual(['“Harbour Black”']);
		expect(q[3]).toEqual(['‘We thought it would be a winter bread,’', '‘It turns out people want it in July as well.’']);
	});

	it("band: the '90s and rock ’n’ roll are not quotes, the straight single quotation is", () => {
		const q = texts('culture/marrow-street-band-new-album');
		expect(q[0]).toEqual([]);
		expect(q[3]).toEqual(["'a grown-up record by people who have earned it'"]);
	});

	it('cup final: the inch mark is skipped and only “pact” is quoted after players’', () => {
		const q = texts('sport/valmora-rovers-win-essland-cup');
		expect(q[1]).toEqual([]);
		expect(q[3]).toEqual(['“pact”', '“Some of us were starting to look like sheepdogs,”']);
	});

	it('every span in every bundled article is in order, in bounds, and starts on a quotation mark', () => {
		for (const article of bundledLibrary().values()) {
			for (const [p, spans] of article.quotes.entries()) {
				const text = article.paragraphs[p] ?? '';
				let last = 0;
				for (const {start, end} of spans) {
					expect(start).toBeGreaterThanOrEqual(last);
					expect(end).toBeGreaterThan(start);
					expect(end).toBeLessThanOrEqual(text.length);
					expect(`${article.id} ${p}: ${text[start]}`).toMatch(/: ["“‘']$/);
					last = end;
				}
			}
		}
	});
});
