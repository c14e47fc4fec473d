import {describe, expect, it} from 'vitest';
import {buildLibrary, compareNewestFirst, nextUnread, summarize} from '../../../src/core/library/library.js';
import {metaOf} from '../../../src/core/article/parse.js';
import type {ArticleMeta} from '../../../src/core/article/types.js';
import {bundledLibrary, SEED_ID} from '../../helpers/bundled.js';

const library = buildLibrary([...bundledLibrary().values()].map(metaOf));
const ids = (list: readonly ArticleMeta[]): string[] => list.map(article => article.id.split('/')[1] ?? '');

describe('buildLibrary over the bundled articles', () => {
	it('lists sections alphabetically', () => {
		expect(library.sections).toEqual(['Business', 'Culture', 'Science', 'Sport', 'Technology', 'World']);
	});

	it('lists each section newest first', () => {
		expect(ids(library.headlines('World'))).toEqual([
			'portsalt-ferry-strike-called-off',
			'valmora-harbour-reopens',
			'essland-norvik-fishing-accord',
			'us-not-there-yet',
		]);
		expect(ids(library.headlines('Business'))).toEqual([
			'essland-central-bank-holds-rates',
			'hollin-textile-mill-to-close',
			'corvane-shipping-record-profit',
			'tiller-bay-bakers-cooperative',
		]);
		expect(library.headlines('Nowhere')).toEqual([]);
	});

	it('knows rows and reading-order positions', () => {
		expect(library.indexOf(SEED_ID)).toBe(3);
		expect(library.positionOf(SEED_ID)).toBe(23);
		expect(library.positionOf('business/essland-central-bank-holds-rates')).toBe(0);
		expect(library.indexOf('no/such')).toBe(-1);
		expect(library.positionOf('no/such')).toBe(-1);
		expect(library.get(SEED_ID)?.title).toMatch(/^US "not there yet"/);
		expect(library.all).toHaveLength(24);
	});

	it('counts unread per section', () => {
		const read = new Set([SEED_ID, 'world/valmora-harbour-reopens', 'sport/portsalt-marathon-record']);
		expect(summarize(library, id => read.has(id))).toEqual([
			{name: 'Business', total: 4, unread: 4},
			{name: 'Culture', total: 4, unread: 4},
			{name: 'Science', total: 4, unread: 4},
			{name: 'Sport', total: 4, unread: 3},
			{name: 'Technology', total: 4, unread: 4},
			{name: 'World', total: 4, unread: 2},
		]);
	});
});

describe('compareNewestFirst', () => {
	const m = (id: string, updated: string | null, title = id): ArticleMeta => ({id, title, section: 'S', updated, dateAmbiguous: false});

	it('puts newer first, undated last, and breaks ties by title then id', () => {
		const sorted = [
			m('old', '2020-01-01T00:00'),
			m('none', null),
			m('new', '2024-01-01T00:00'),
			m('b', '2022-01-01T00:00', 'Same'),
			m('a', '2022-01-01T00:00', 'Same'),
		].sort(compareNewestFirst);
		expect(sorted.map(article => article.id)).toEqual(['new', 'a', 'b', 'old', 'none']);
	});
});

describe('nextUnread', () => {
	const readSet =
		(...read: string[]) =>
		(id: string): boolean =>
			read.includes(id);
	const target = (id: string) => ({id, section: library.get(id)?.section, index: library.indexOf(id)});

	it('from nowhere, the first unread in reading order', () => {
		expect(nextUnread(library, readSet(), null)).toEqual(target('business/essland-central-bank-holds-rates'));
		expect(nextUnread(library, readSet('business/essland-central-bank-holds-rates'), null)).toEqual(target('business/hollin-textile-mill-to-close'));
	});

	it('after an open article, the next one, skipping read ones and crossing sections', () => {
		const read = readSet('culture/valmora-lantern-festival');
		expect(nextUnread(library, read, {after: 'business/tiller-bay-bakers-cooperative'})).toEqual(target('culture/marrow-street-band-new-album'));
	});

	it('after the last article, it wraps to the first, never returning the open one', () => {
		expect(nextUnread(library, readSet(), {after: SEED_ID})).toEqual(target('business/essland-central-bank-holds-rates'));
		const allButSeed = library.all.map(article => article.id).filter(id => id !== SEED_ID);
		expect(nextUnread(library, readSet(...allButSeed), {after: SEED_ID})).toBeNull();
	});

	it('at a selected headline, that headline counts itself', () => {
		expect(nextUnread(library, readSet(), {at: 'science/glass-sponge-essland-vents'})).toEqual(target('science/glass-sponge-essland-vents'));
		expect(nextUnread(library, readSet('science/glass-sponge-essland-vents'), {at: 'science/glass-sponge-essland-vents'})).toEqual(
			target('science/harrow-woods-beetle-count'),
		);
	});

	it('from a section, its first unread, wrapping past the end', () => {
		expect(nextUnread(library, readSet(), {section: 'Sport'})).toEqual(target('sport/ada-morrow-400m-freestyle-record'));
		const worldRead = readSet(...library.headlines('World').map(article => article.id));
		expect(nextUnread(library, worldRead, {section: 'World'})).toEqual(target('business/essland-central-bank-holds-rates'));
	});

	it('nothing unread gives null', () => {
		expect(nextUnread(library, () => true, null)).toBeNull();
	});
});
