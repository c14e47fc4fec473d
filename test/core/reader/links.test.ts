import {describe, expect, it} from 'vitest';
import type {ItemOrigin} from '../../../src/core/article/types.js';
import type {LayoutLink} from '../../../src/core/layout/article.js';
import {resolveKey} from '../../../src/core/reader/commands.js';
import {type CommandContext, plan} from '../../../src/core/reader/plan.js';
import type {State} from '../../../src/core/reader/state.js';
import {NOW} from '../../helpers/bundled.js';

const meta = {id: '@k/a', title: 'Harbour opens', section: 'Harbour', updated: null, dateAmbiguous: false};
const origin: ItemOrigin = {feed: 'Harbour Wire', url: 'https://harbour.example/a', author: null, summaryOnly: false};
const onArticle = (link: number | null = null): State => ({
	stack: [
		{kind: 'sections', pos: {cursor: 0, offset: 0}},
		{kind: 'article', id: meta.id, scroll: 0, link},
	],
	quitting: false,
});
/** Two "More from" links low on screen, then two web links numbered after them but drawn above them. */
const links: readonly LayoutLink[] = [
	{number: 1, title: 'Next story', teaser: '', id: '@k/b', line: 30, end: 31},
	{number: 2, title: 'Older story', teaser: '', id: null, line: 31, end: 33},
	{number: 3, title: 'Tide tables', teaser: '', id: null, line: 20, end: 21, url: 'https://tides.example/t'},
	{number: 4, title: 'Bad', teaser: '', id: null, line: 21, end: 22, url: 'javascript:alert(1)'},
];

function ctx(over: Partial<CommandContext> = {}): CommandContext {
	return {
		state: onArticle(),
		height: 40,
		total: 40,
		selection: null,
		article: {meta, teaser: ''},
		links,
		nextUnread: () => null,
		isRead: () => false,
		isBookmarked: () => false,
		now: NOW,
		feedsIn: () => [],
		origin,
		plainText: () => 'Harbour opens\n\nThe text.\n',
		...over,
	};
}

describe('o, y and Y: keys on the article screen only', () => {
	it.each([
		['o', 'openLink'],
		['y', 'copyLink'],
		['Y', 'copyText'],
	])('%s is %s on an article and unbound on a list', (key, command) => {
		expect(resolveKey(key, 'article')).toEqual({command});
		expect(resolveKey(key, 'headlines')).toBeNull();
	});
});

describe('plan: which address o and y take', () => {
	it.each([
		['nothing selected: the item’s page', null, 'https://harbour.example/a'],
		['a web link selected: its URL', 3, 'https://tides.example/t'],
		['a link to an article selected: the item’s page', 1, 'https://harbour.example/a'],
	])('%s', (_, link, url) => {
		expect(plan('openLink', ctx({state: onArticle(link)}))).toEqual([{type: 'openLink', url}]);
		expect(plan('copyLink', ctx({state: onArticle(link)}))).toEqual([{type: 'copy', text: url, what: 'link'}]);
	});

	it.each([
		['a file has no address', null, 'This article is a file: it has no web address'],
		['a feed item without a page', {...origin, url: null}, 'This item has no web page'],
	])('%s', (_, itemOrigin, message) => {
		expect(plan('openLink', ctx({origin: itemOrigin}))).toEqual([{type: 'notify', message}]);
		expect(plan('copyLink', ctx({origin: itemOrigin}))).toEqual([{type: 'notify', message}]);
	});

	it('refuses a selected link that is not http(s), and never passes it on', () => {
		const refused = [{type: 'notify', message: 'Only http and https links can be opened or copied'}];
		expect(plan('openLink', ctx({state: onArticle(4)}))).toEqual(refused);
		expect(plan('copyLink', ctx({state: onArticle(4)}))).toEqual(refused);
		expect(plan('open', ctx({state: onArticle(4)}))).toEqual(refused);
	});

	it('does nothing while the article is still loading', () => {
		expect(plan('openLink', ctx({article: null}))).toEqual([]);
	});
});

describe('plan: the body’s web links among the selectable links', () => {
	it('Enter on a selected web link opens it, as o does', () => {
		expect(plan('open', ctx({state: onArticle(3)}))).toEqual([{type: 'openLink', url: 'https://tides.example/t'}]);
	});

	it('Tab walks the links down the screen: web links first, then the numbered ones, and round', () => {
		const walk: (number | null)[] = [null];
		for (let i = 0; i < 5; i++) {
			const steps = plan('nextLink', ctx({state: onArticle(walk.at(-1) ?? null)}));
			const select = steps.find(step => step.type === 'selectLink');
			walk.push(select && 'link' in select ? select.link : null);
		}
		expect(walk).toEqual([null, 3, 4, 1, 2, 3]);
		const back = plan('previousLink', ctx({state: onArticle(3)})).find(step => step.type === 'selectLink');
		expect(back).toEqual({type: 'selectLink', link: 2});
	});

	it('digits follow only the numbered links to articles', () => {
		expect(plan('followNumber', ctx(), 1)).toEqual([
			{type: 'push', screen: {kind: 'article', id: '@k/b', scroll: 0, link: null}},
			{type: 'readOnLoad', id: '@k/b'},
		]);
		expect(plan('followNumber', ctx(), 3)).toEqual([{type: 'notify', message: 'No such link'}]);
	});
});

describe('plan: Y copies the article’s plain text', () => {
	it('copies the text the context gives', () => {
		expect(plan('copyText', ctx())).toEqual([{type: 'copy', text: 'Harbour opens\n\nThe text.\n', what: 'text'}]);
	});

	it('does nothing without an article', () => {
		expect(plan('copyText', ctx({plainText: () => null}))).toEqual([]);
	});
});
