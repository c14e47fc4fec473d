import {describe, expect, it} from 'vitest';
import type {ArticleMeta} from '../../src/core/article/index.js';
import {pickArticle} from '../../src/cli/pick.js';

const m = (id: string, title: string): ArticleMeta => ({id, title, section: 'S', updated: null, dateAmbiguous: false});
const many = Array.from({length: 42}, (_, i) => m(`world/storm-${i}`, `Storm report ${i}`));

describe('pickArticle messages', () => {
	it('shows at most 10 candidates and counts the rest', () => {
		const picked = pickArticle(many, 'storm');
		expect(picked).toMatchObject({code: 2});
		const lines = 'message' in picked ? picked.message.split('\n') : [];
		expect(lines[0]).toBe('"storm" matches 42 articles; name one by id:');
		expect(lines.slice(1, 11)).toEqual(many.slice(0, 10).map(article => `  ${article.id}  ${article.title}`));
		expect(lines.slice(11)).toEqual(['  … and 32 more']);
	});

	it('lists 10 candidates whole, without a count', () => {
		const picked = pickArticle(many.slice(0, 10), 'storm');
		expect('message' in picked && picked.message.split('\n')).toHaveLength(11);
	});

	it('suggests the closest when nothing matches', () => {
		const picked = pickArticle([m('world/flood-warning', 'Flood warning for the coast'), ...many.slice(0, 3)], 'flod warning');
		expect(picked).toEqual({code: 1, message: 'no article matches "flod warning"; did you mean:\n  world/flood-warning  Flood warning for the coast'});
	});

	it('points at list when nothing comes close', () => {
		expect(pickArticle(many, 'zebra')).toEqual({code: 1, message: 'no article matches "zebra" (newsterm list shows them all)'});
	});

	it('finds an id in another case', () => {
		expect(pickArticle(many, 'World/Storm-7')).toEqual(many[7]);
	});
});
