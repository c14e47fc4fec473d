import {describe, expect, it} from 'vitest';
import {findArticle} from '../../../src/core/library/find.js';
import {metaOf} from '../../../src/core/article/parse.js';
import type {ArticleMeta} from '../../../src/core/article/types.js';
import {bundledLibrary, SEED_ID} from '../../helpers/bundled.js';

const articles = [...bundledLibrary().values()].map(metaOf);
const found = (query: string, list: readonly ArticleMeta[] = articles): string | null => {
	const result = findArticle(list, query);
	return result.kind === 'found' ? result.article.id : null;
};

describe('findArticle over the bundled articles', () => {
	it.each([
		['the id', SEED_ID],
		['the id with .txt', `${SEED_ID}.txt`],
		['the slug alone', 'us-not-there-yet'],
		['the id with spaces around', `  ${SEED_ID} `],
		['the exact title', 'US "not there yet" in Syria ceasefire talks with Russia, Obama says'],
		['the title with curly quotes, other case, trailing period', 'us “not there yet” in syria ceasefire talks with russia, obama says.'],
		['some title words', 'syria ceasefire obama'],
	])('by %s', (_name, query) => {
		expect(found(query)).toBe(SEED_ID);
	});

	it('by words in any order and case', () => {
		expect(found('FERRY strike portsalt')).toBe('world/portsalt-ferry-strike-called-off');
		expect(found('灯会')).toBe('culture/valmora-lantern-festival');
	});

	it('by id and slug in any case', () => {
		expect(found('World/US-Not-There-Yet')).toBe(SEED_ID);
		expect(found('WORLD/US-NOT-THERE-YET.TXT')).toBe(SEED_ID);
		expect(found('Us-Not-There-Yet')).toBe(SEED_ID);
	});

	it('none when no title has every word, with no guess for unrelated words', () => {
		expect(findArticle(articles, 'zebra crossing')).toEqual({kind: 'none', suggestions: []});
		expect(findArticle(articles, 'quantum')).toEqual({kind: 'none', suggestions: []});
		expect(findArticle(articles, '   ')).toEqual({kind: 'none', suggestions: []});
	});

	const suggested = (query: string): string[] => {
		const result = findArticle(articles, query);
		return result.kind === 'none' ? result.suggestions.map(article => article.id) : [`not none: ${result.kind}`];
	};

	it.each([
		['a typo in a title word', 'ferry strkie', ['world/portsalt-ferry-strike-called-off']],
		['one word too many', 'ferry zebra strike', ['world/portsalt-ferry-strike-called-off']],
		['a typo in an id', 'world/us-not-ther-yet', [SEED_ID]],
		['a typo in a slug', 'portsalt-feriy-strike-called-off', ['world/portsalt-ferry-strike-called-off']],
		['a word prefix and a typo', 'syr cesefire', [SEED_ID]],
	])('suggests the closest for %s', (_name, query, ids) => {
		expect(suggested(query)).toEqual(ids);
	});

	it('suggests at most three, the best ones', () => {
		expect(suggested('corvane instiute').length).toBeLessThanOrEqual(3);
		expect(suggested('corvane instiute')).toContain('science/corvane-astronomers-cold-star-stream');
	});

	it('many when several titles have every word, in the order given', () => {
		const result = findArticle(articles, 'Corvane Institute');
		expect(result.kind).toBe('many');
		expect(result.kind === 'many' && result.candidates.map(article => article.id)).toEqual([
			'science/corvane-astronomers-cold-star-stream',
			'technology/corvane-weather-model-open-licence',
		]);
	});
});

describe('findArticle precedence', () => {
	const m = (id: string, title: string): ArticleMeta => ({id, title, section: 'S', updated: null, dateAmbiguous: false});
	const list = [m('a/rates', 'Rates rise again'), m('b/rates', 'Rates rise'), m('c/rise', 'Other story')];

	it('an exact id wins over one that differs only in case', () => {
		const cased = [m('a/Rates', 'One'), m('a/rates', 'Two')];
		expect(found('a/rates', cased)).toBe('a/rates');
		expect(found('a/Rates', cased)).toBe('a/Rates');
		expect(findArticle(cased, 'A/RATES')).toMatchObject({kind: 'none'});
	});

	it('an exact title wins over titles that merely contain the words', () => {
		expect(found('rates rise', list)).toBe('b/rates');
		expect(findArticle(list, 'rates')).toMatchObject({kind: 'many'});
	});

	it('an id wins over a title, and a slug shared by two folders falls back to titles', () => {
		expect(found('c/rise', list)).toBe('c/rise');
		expect(found('rates', [m('a/rates', 'Zed'), m('b/other', 'Rates')])).toBe('a/rates');
		expect(findArticle(list, 'rates')).toMatchObject({kind: 'many', candidates: [{id: 'a/rates'}, {id: 'b/rates'}]});
	});
});
