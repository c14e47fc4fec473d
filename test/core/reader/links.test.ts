import {describe, expect, it} from 'vitest';
import type {Article, ItemOrigin} from '../../../src/core/article/types.js';
import type {LayoutLink} from '../../../src/core/layout/article.js';
import {resolveKey} from '../../../src/core/reader/commands.js';
import {type CommandContext, plan} from '../../../src/core/reader/plan.js';
import {initialState, type State, top} from '../../../src/core/reader/state.js';
import {update} from '../../../src/core/reader/update.js';
import {makeArticle, Session} from '../../helpers/session.js';
import {quietContext} from '../../helpers/command-context.js';

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
		...quietContext(),
		state: onArticle(),
		height: 40,
		total: 40,
		article: {meta, teaser: ''},
		links,
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
	it('Enter on a selected web link opens its menu (Open / Copy / QR code / Show URL)', () => {
		expect(plan('open', ctx({state: onArticle(3)}))).toEqual([
			{type: 'push', screen: {kind: 'linkMenu', url: 'https://tides.example/t', title: 'Tide tables'}},
		]);
	});

	it('Enter on a "More from" link still opens the article directly', () => {
		expect(plan('open', ctx({state: onArticle(1)}))).toEqual([
			{type: 'push', screen: {kind: 'article', id: '@k/b', scroll: 0, link: null}},
			{type: 'readOnLoad', id: '@k/b'},
		]);
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

describe('the update loop: Tab, Enter, o, y and Y on a feed item with web links', () => {
	const item: Article = {
		...makeArticle('@k3x9q2m7ta/aaaaaaaaaaaaa', 'Example News', 1),
		links: [{text: 'Tide tables', url: 'https://tides.example/t'}],
		origin: {feed: 'Example News', url: 'https://news.example/a', author: null, summaryOnly: false},
	};
	const file = makeArticle('world/a', 'World', 2);
	const data = new Session([item, file], {columns: 80, rows: 40}).data;
	const opened = (id: string): State => ({...initialState, stack: [initialState.stack[0], {kind: 'article', id, scroll: 0, link: null}]});

	it('o and y take the item’s page until Tab selects the web link; then o opens it and Enter asks', () => {
		const start = opened(item.id);
		expect(update(start, data, 'o')?.effects).toEqual([{type: 'openLink', url: 'https://news.example/a'}]);
		expect(update(start, data, 'y')?.effects).toEqual([{type: 'copy', text: 'https://news.example/a', what: 'link'}]);
		const selected = update(start, data, 'tab')?.state ?? start;
		const link = top(selected).kind === 'article' ? (top(selected) as {link: number | null}).link : null;
		expect(link).not.toBeNull();
		expect(update(selected, data, 'o')?.effects).toEqual([{type: 'openLink', url: 'https://tides.example/t'}]);
		expect(top(update(selected, data, 'return')?.state ?? start)).toEqual({kind: 'linkMenu', url: 'https://tides.example/t', title: 'Tide tables'});
		expect(update(selected, data, 'y')?.effects).toEqual([{type: 'copy', text: 'https://tides.example/t', what: 'link'}]);
	});

	it('Y copies the article’s text, title first, its links at the end', () => {
		const [effect] = update(opened(item.id), data, 'Y')?.effects ?? [];
		expect(effect?.type).toBe('copy');
		const text = effect?.type === 'copy' ? effect.text : '';
		expect(text.startsWith(`${item.title}\nhttps://news.example/a\n\n${item.paragraphs[0]}`)).toBe(true);
		expect(text.endsWith('Links\nTide tables: https://tides.example/t\n')).toBe(true);
	});

	it('o on a file says it has no address', () => {
		expect(update(opened(file.id), data, 'o')?.effects).toEqual([{type: 'notify', message: 'This article is a file: it has no web address'}]);
	});
});
