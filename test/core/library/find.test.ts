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

	it('none when no title has every word', () => {
		expect(findArticle(articles, 'zebra crossing')).toEqual({kind: 'none'});
		expect(findArticle(articles, 'ferry zebra')).toEqual({kind: 'none'});
		expect(findArticle(articles, '   ')).toEqual({kind: 'none'});
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
