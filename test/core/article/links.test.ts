import {describe, expect, it} from 'vitest';
import {buildTitleIndex, normalizeTitle, resolveLinks} from '../../../src/core/article/links.js';
import {parseArticle} from '../../../src/core/article/parse.js';
import type {ArticleMeta} from '../../../src/core/article/types.js';
import {bundled, bundledLibrary, SEED_ID} from '../../helpers/bundled.js';

const meta = (id: string, title: string): ArticleMeta => ({id, title, section: 'World', updated: null, dateAmbiguous: false});

const index = buildTitleIndex([
	meta('world/seed', 'US "not there yet" in Syria ceasefire talks with Russia, Obama says'),
	meta('business/rates', 'Essland central bank holds rates at 3.25% for a fourth month'),
	meta('culture/band', "The Marrow Street Band returns with its first album since the '90s"),
	meta('sport/cup', 'Valmora Rovers win the Essland Cup on penalties'),
]);

describe('resolving a headline to an article', () => {
	it.each([
		['exact', 'Valmora Rovers win the Essland Cup on penalties', 'sport/cup'],
		['letter case', 'VALMORA ROVERS WIN THE ESSLAND CUP ON PENALTIES', 'sport/cup'],
		['curly for straight double quotes', 'US “not there yet” in Syria ceasefire talks with Russia, Obama says', 'world/seed'],
		['curly for a straight apostrophe', 'The Marrow Street Band returns with its first album since the ’90s', 'culture/band'],
		['trailing period', 'Essland central bank holds rates at 3.25% for a fourth month.', 'business/rates'],
		['trailing ellipsis', 'Essland central bank holds rates at 3.25% for a fourth month...', 'business/rates'],
		['NBSP for a space', 'Valmora\u00A0Rovers win the Essland Cup on\u00A0penalties', 'sport/cup'],
		['repeated and edge spaces', '  Valmora Rovers  win the Essland Cup on penalties ', 'sport/cup'],
	])('%s resolves', (_name, title, id) => {
		expect(index.resolve(title)).toBe(id);
	});

	it.each([
		['a different word', 'Valmora Rovers lose the Essland Cup on penalties'],
		['a missing word', 'Valmora Rovers win Essland Cup on penalties'],
		['a prefix', 'Valmora Rovers win the Essland Cup'],
		['an extra word', 'Valmora Rovers win the Essland Cup on penalties again'],
		['a different number', 'Essland central bank holds rates at 3.5% for a fourth month'],
		['empty', ''],
	])('%s does not resolve', (_name, title) => {
		expect(index.resolve(title)).toBeNull();
	});

	it('normalises case, quote styles, dashes, spaces and punctuation at either end (a leading quote too)', () => {
		expect(normalizeTitle('  “Quoted” — ‘mark’s’\u00A0 end. ')).toBe("quoted\" - 'mark's' end");
	});

	it('lets the first of two equal titles win', () => {
		const twice = buildTitleIndex([meta('a/one', 'Same title'), meta('b/two', 'same title.')]);
		expect(twice.resolve('SAME TITLE')).toBe('a/one');
	});

	it('gives null for a link to the article itself', () => {
		const text = 'Self\n\nBody.\n\nLast update: 01/01/2020\n\n\nSelf\n\n\nJanuary 1, 2020\n\nMore from World\n\nSelf.\n\nTeaser...\n\nOther\n\nTeaser...';
		const article = parseArticle(text, {id: 'world/self'});
		const resolved = resolveLinks(article, buildTitleIndex([meta('world/self', 'Self'), meta('world/other', 'Other')]));
		expect(resolved.related?.id).toBeNull();
		expect(resolved.more?.items.map(item => item.id)).toEqual([null, 'world/other']);
	});
});

/** Every bundled article's links: the related headline first (or undefined), then the More-from items. */
const EXPECTED: Readonly<Record<string, readonly (string | null | undefined)[]>> = {
	'business/corvane-shipping-record-profit': [
		'world/valmora-harbour-reopens',
		'business/essland-central-bank-holds-rates',
		'business/tiller-bay-bakers-cooperative',
		'business/hollin-textile-mill-to-close',
		null,
	],
	'business/essland-central-bank-holds-rates': [
		'business/hollin-textile-mill-to-close',
		'business/corvane-shipping-record-profit',
		null,
		'business/tiller-bay-bakers-cooperative',
		'business/hollin-textile-mill-to-close',
		null,
	],
	'business/hollin-textile-mill-to-close': [undefined, 'business/corvane-shipping-record-profit', 'business/tiller-bay-bakers-cooperative', null],
	'business/tiller-bay-bakers-cooperative': [
		undefined,
		'business/essland-central-bank-holds-rates',
		'business/corvane-shipping-record-profit',
		'business/hollin-textile-mill-to-close',
		null,
	],
	'culture/essland-theatre-playwright-in-residence': [
		undefined,
		'culture/hollin-museum-tapestry',
		'culture/marrow-street-band-new-album',
		'culture/valmora-lantern-festival',
		null,
	],
	'culture/hollin-museum-tapestry': [
		undefined,
		'culture/essland-theatre-playwright-in-residence',
		'culture/valmora-lantern-festival',
		'culture/marrow-street-band-new-album',
		null,
	],
	'culture/marrow-street-band-new-album': [
		'culture/valmora-lantern-festival',
		'culture/valmora-lantern-festival',
		'culture/essland-theatre-playwright-in-residence',
		null,
		'culture/hollin-museum-tapestry',
	],
	'culture/valmora-lantern-festival': [
		'culture/marrow-street-band-new-album',
		'culture/marrow-street-band-new-album',
		'culture/hollin-museum-tapestry',
		'culture/essland-theatre-playwright-in-residence',
		null,
	],
	'science/corvane-astronomers-cold-star-stream': [
		'technology/corvane-weather-model-open-licence',
		'science/glass-sponge-essland-vents',
		'science/valmora-bay-rising',
		'science/harrow-woods-beetle-count',
		null,
	],
	'science/glass-sponge-essland-vents': [
		undefined,
		'science/corvane-astronomers-cold-star-stream',
		'science/valmora-bay-rising',
		null,
		'science/harrow-woods-beetle-count',
	],
	'science/harrow-woods-beetle-count': [
		undefined,
		'science/corvane-astronomers-cold-star-stream',
		'science/glass-sponge-essland-vents',
		'science/valmora-bay-rising',
		null,
	],
	'science/valmora-bay-rising': [
		'world/valmora-harbour-reopens',
		'science/harrow-woods-beetle-count',
		'science/glass-sponge-essland-vents',
		'science/corvane-astronomers-cold-star-stream',
		null,
	],
	'sport/ada-morrow-400m-freestyle-record': [
		'sport/valmora-rovers-win-essland-cup',
		'sport/valmora-rovers-win-essland-cup',
		'sport/portsalt-marathon-record',
		'sport/kestrel-valley-gravel-stage',
		null,
	],
	'sport/kestrel-valley-gravel-stage': [undefined, 'sport/portsalt-marathon-record', 'sport/valmora-rovers-win-essland-cup', null],
	'sport/portsalt-marathon-record': [
		undefined,
		'sport/valmora-rovers-win-essland-cup',
		'sport/kestrel-valley-gravel-stage',
		null,
		'sport/ada-morrow-400m-freestyle-record',
	],
	'sport/valmora-rovers-win-essland-cup': [
		'sport/portsalt-marathon-record',
		'sport/portsalt-marathon-record',
		'sport/ada-morrow-400m-freestyle-record',
		'sport/kestrel-valley-gravel-stage',
		null,
	],
	'technology/corvane-weather-model-open-licence': [
		undefined,
		'technology/essland-rail-open-source-signalling',
		'technology/quillfeather-solar-e-reader',
		null,
	],
	'technology/essland-rail-open-source-signalling': [
		null,
		'technology/valmora-facial-recognition-ban',
		'technology/quillfeather-solar-e-reader',
		'technology/corvane-weather-model-open-licence',
		null,
	],
	'technology/quillfeather-solar-e-reader': [
		undefined,
		'technology/valmora-facial-recognition-ban',
		'technology/essland-rail-open-source-signalling',
		'technology/corvane-weather-model-open-licence',
		null,
	],
	'technology/valmora-facial-recognition-ban': [
		'technology/quillfeather-solar-e-reader',
		'technology/essland-rail-open-source-signalling',
		'technology/corvane-weather-model-open-licence',
		null,
		'technology/quillfeather-solar-e-reader',
	],
	'world/essland-norvik-fishing-accord': [null, 'world/valmora-harbour-reopens', SEED_ID, null, 'world/portsalt-ferry-strike-called-off'],
	'world/portsalt-ferry-strike-called-off': [undefined, 'world/valmora-harbour-reopens', 'world/essland-norvik-fishing-accord', null, SEED_ID],
	[SEED_ID]: [null, null, null, null, null, null],
	'world/valmora-harbour-reopens': [
		'business/corvane-shipping-record-profit',
		'world/essland-norvik-fishing-accord',
		'world/portsalt-ferry-strike-called-off',
		SEED_ID,
		null,
	],
};

describe('the bundled articles link where the README says', () => {
	it.each(Object.entries(EXPECTED))('%s', (id, expected) => {
		const article = bundled(id);
		expect([article.related?.id, ...(article.more?.items ?? []).map(item => item.id)]).toEqual(expected);
	});

	it('covers every bundled article; 10 related headlines resolve and 2 do not', () => {
		const articles = [...bundledLibrary().values()];
		expect(Object.keys(EXPECTED).sort()).toEqual(articles.map(article => article.id).sort());
		const related = articles
			.filter(article => article.id !== SEED_ID)
			.map(article => article.related)
			.filter(r => r !== null);
		expect(related.filter(r => r.id !== null)).toHaveLength(10);
		expect(
			related
				.filter(r => r.id === null)
				.map(r => r.title)
				.sort(),
		).toEqual(['Essland rail unions back signalling overhaul', 'Norvik fishermen protest new quota rules']);
		for (const article of articles) {
			const items = article.more?.items ?? [];
			expect(items.length, article.id).toBeGreaterThanOrEqual(3);
			expect(items.length, article.id).toBeLessThanOrEqual(5);
			expect(
				items.some(item => item.id === null),
				article.id,
			).toBe(true);
		}
	});
});
