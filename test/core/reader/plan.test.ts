import {describe, expect, it} from 'vitest';
import type {LayoutLink} from '../../../src/core/layout/article.js';
import {plan, type CommandContext} from '../../../src/core/reader/plan.js';
import {initialState, type Screen, type State} from '../../../src/core/reader/state.js';
import type {ArticleMeta, Bookmark} from '../../../src/core/article/types.js';
import {NOW} from '../../helpers/bundled.js';
import {quietContext} from '../../helpers/command-context.js';
import {UNREAD_LIST} from '../../../src/core/library/catchup.js';

const meta: ArticleMeta = {id: 'world/a', title: 'A story', section: 'World', updated: '2024-03-14T16:40', dateAmbiguous: false};
const onArticle = (link: number | null = null, scroll = 0): State => ({
	stack: [
		{kind: 'sections', pos: {cursor: 0, offset: 0}},
		{kind: 'article', id: meta.id, scroll, link},
	],
	quitting: false,
});
const links: readonly LayoutLink[] = [
	{number: 1, title: 'Resolved', teaser: '', id: 'world/b', line: 40, end: 41},
	{number: 2, title: 'Absent', teaser: 'Its teaser...', id: null, line: 43, end: 45},
	{number: 3, title: 'Third', teaser: 'More...', id: 'world/c', line: 46, end: 48},
];

/** A context for the open article `meta` unless overridden. */
function ctx(over: Partial<CommandContext> = {}): CommandContext {
	return {...quietContext(), state: onArticle(), height: 10, total: 50, article: {meta, teaser: 'The first paragraph.'}, links, ...over};
}

describe('plan: movement and leaving', () => {
	it.each([
		['down', {by: 1}],
		['up', {by: -1}],
		['pageDown', {page: 1}],
		['pageUp', {page: -1}],
		['top', {to: 'top'}],
		['bottom', {to: 'bottom'}],
	] as const)('%s moves with the current total and height', (command, motion) => {
		expect(plan(command, ctx())).toEqual([{type: 'move', motion, total: 50, height: 10}]);
	});

	it('quit goes back when there is somewhere to go, and exits at the top', () => {
		expect(plan('quit', ctx())).toEqual([{type: 'back'}]);
		expect(plan('quit', ctx({state: initialState, article: null}))).toEqual([{type: 'exit'}]);
		expect(plan('forceQuit', ctx())).toEqual([{type: 'exit'}]);
		expect(plan('back', ctx())).toEqual([{type: 'back'}]);
	});

	it('help opens help, and closes it from help', () => {
		expect(plan('help', ctx())).toEqual([{type: 'push', screen: {kind: 'help', scroll: 0}}]);
		const onHelp: State = {stack: [initialState.stack[0], {kind: 'help', scroll: 3}], quitting: false};
		expect(plan('help', ctx({state: onHelp}))).toEqual([{type: 'back'}]);
	});
});

describe('plan: following links by number', () => {
	it('a resolved link opens the article, to be marked read once it loads', () => {
		expect(plan('followNumber', ctx(), 1)).toEqual([
			{type: 'push', screen: {kind: 'article', id: 'world/b', scroll: 0, link: null}},
			{type: 'readOnLoad', id: 'world/b'},
		]);
	});

	it('an unresolved link shows its teaser in the article’s section', () => {
		const teaser: Screen = {kind: 'teaser', title: 'Absent', teaser: 'Its teaser...', section: 'World', reason: 'not-in-library'};
		expect(plan('followNumber', ctx(), 2)).toEqual([{type: 'push', screen: teaser}]);
	});

	it('a number with no link says so', () => {
		expect(plan('followNumber', ctx(), 7)).toEqual([{type: 'notify', message: 'No such link'}]);
	});

	it('open follows the selected link, and with none selected says how to select one', () => {
		expect(plan('open', ctx({state: onArticle(3)}))).toEqual([
			{type: 'push', screen: {kind: 'article', id: 'world/c', scroll: 0, link: null}},
			{type: 'readOnLoad', id: 'world/c'},
		]);
		expect(plan('open', ctx())).toEqual([{type: 'notify', message: 'Tab selects a link; 1-9 follows one'}]);
	});
});

describe('plan: Tab and Shift+Tab', () => {
	const select = (command: 'nextLink' | 'previousLink', link: number | null, scroll = 38) => plan(command, ctx({state: onArticle(link, scroll)}));

	it.each([
		['Tab from none selects the first', 'nextLink', null, 1],
		['Tab moves on', 'nextLink', 1, 2],
		['Tab wraps from the last to the first', 'nextLink', 3, 1],
		['Shift+Tab from none selects the last', 'previousLink', null, 3],
		['Shift+Tab moves back', 'previousLink', 3, 2],
		['Shift+Tab wraps from the first to the last', 'previousLink', 1, 3],
	] as const)('%s', (_name, command, from, to) => {
		expect(select(command, from)).toEqual([{type: 'selectLink', link: to}]);
	});

	it('brings a link that is off screen into the middle of the view', () => {
		expect(select('nextLink', null, 0)).toEqual([
			{type: 'selectLink', link: 1},
			{type: 'move', motion: {by: 35}, total: 50, height: 10},
		]);
		expect(select('previousLink', null, 30)).toEqual([
			{type: 'selectLink', link: 3},
			{type: 'move', motion: {by: 11}, total: 50, height: 10},
		]);
	});

	it('says when the article has no links', () => {
		expect(plan('nextLink', ctx({links: []}))).toEqual([{type: 'notify', message: 'This article has no links'}]);
	});
});

describe('plan: read marks and bookmarks', () => {
	it('toggleRead marks the open article read, then unread', () => {
		expect(plan('toggleRead', ctx())).toEqual([
			{type: 'setRead', id: 'world/a', read: true},
			{type: 'setPlace', id: 'world/a', place: null},
			{type: 'undoable', undo: null},
			{type: 'notify', message: 'Marked read'},
		]);
		expect(plan('toggleRead', ctx({isRead: id => id === 'world/a'}))).toEqual([
			{type: 'setRead', id: 'world/a', read: false},
			{type: 'setPlace', id: 'world/a', place: null},
			{type: 'undoable', undo: null},
			{type: 'notify', message: 'Marked unread'},
		]);
	});

	it('toggleRead on a headline uses the selected row; on a section it does nothing', () => {
		const selection = {kind: 'article', meta, teaser: ''} as const;
		expect(plan('toggleRead', ctx({article: null, selection}))[0]).toEqual({type: 'setRead', id: 'world/a', read: true});
		expect(plan('toggleRead', ctx({article: null, selection: {kind: 'section', name: 'World'}}))).toEqual([]);
	});

	it('toggleBookmark keeps a snapshot, then removes it', () => {
		const bookmark: Bookmark = {id: 'world/a', title: 'A story', section: 'World', updated: '2024-03-14T16:40', teaser: 'The first paragraph.', at: NOW};
		expect(plan('toggleBookmark', ctx())).toEqual([
			{type: 'setBookmark', id: 'world/a', bookmark},
			{type: 'notify', message: 'Bookmarked'},
		]);
		expect(plan('toggleBookmark', ctx({isBookmarked: () => true}))).toEqual([
			{type: 'setBookmark', id: 'world/a', bookmark: null},
			{type: 'notify', message: 'Bookmark removed'},
		]);
	});

	it('a bookmark whose file is gone opens as its teaser and can still be removed', () => {
		const bookmark: Bookmark = {id: 'gone/x', title: 'Gone', section: 'Culture', updated: null, teaser: 'Was here...', at: 5};
		const state: State = {stack: [initialState.stack[0], {kind: 'bookmarks', pos: {cursor: 0, offset: 0}}], quitting: false};
		const c = ctx({state, article: null, selection: {kind: 'bookmark', bookmark, meta: null}, isBookmarked: () => true});
		expect(plan('open', c)).toEqual([
			{type: 'push', screen: {kind: 'teaser', title: 'Gone', teaser: 'Was here...', section: 'Culture', reason: 'file-missing'}},
		]);
		expect(plan('toggleBookmark', c)[0]).toEqual({type: 'setBookmark', id: 'gone/x', bookmark: null});
		expect(plan('bookmarks', c)).toEqual([]);
	});

	it('nextUnread opens the target through its headlines, or says there is none', () => {
		const next = ctx({nextUnread: () => ({id: 'sport/b', section: 'Sport', index: 4})});
		expect(plan('nextUnread', next)).toEqual([
			{type: 'openArticle', id: 'sport/b', section: 'Sport', index: 4, height: 10},
			{type: 'readOnLoad', id: 'sport/b'},
		]);
		expect(plan('nextUnread', ctx())).toEqual([{type: 'notify', message: 'No unread articles'}]);
	});
});

describe('plan: catching up', () => {
	const onSections: State = {stack: [{kind: 'sections', pos: {cursor: 1, offset: 0}}], quitting: false};
	const onWorld: State = {stack: [{kind: 'headlines', section: 'World', pos: {cursor: 2, offset: 0}}], quitting: false};
	const unreadIn = (section: string | null): readonly string[] => (section === 'World' ? ['w1', 'w2'] : section === null ? ['w1', 'w2', 's1'] : []);

	it.each([
		[
			'A on Sections marks the selected section',
			'markSectionRead',
			{state: onSections, selection: {kind: 'section', name: 'World'} as const},
			['w1', 'w2'],
			'in World',
		],
		['A on Headlines marks the list’s section', 'markSectionRead', {state: onWorld}, ['w1', 'w2'], 'in World'],
		['C marks everything', 'markAllRead', {state: onSections}, ['w1', 'w2', 's1'], 'everywhere'],
	] as const)('%s, undoably', (_name, command, over, ids, where) => {
		expect(plan(command, ctx({...over, unreadIn}))).toEqual([
			{type: 'setReadMany', ids, read: true},
			{type: 'undoable', undo: {ids, read: true, where}},
			{type: 'notify', message: `Marked ${ids.length} read ${where} · u undoes`},
		]);
	});

	it('A with nothing unread says so and changes nothing', () => {
		expect(plan('markSectionRead', ctx({state: onSections, selection: {kind: 'section', name: 'Sport'}, unreadIn}))).toEqual([
			{type: 'notify', message: 'Nothing unread in Sport'},
		]);
	});

	it('u puts back exactly the ids changed, once', () => {
		const undo = {ids: ['w1', 'w2'], read: true, where: 'in World'};
		expect(plan('undoMarks', ctx({state: {...onWorld, undo}}))).toEqual([
			{type: 'setReadMany', ids: ['w1', 'w2'], read: false},
			{type: 'undoable', undo: null},
			{type: 'notify', message: 'Undone: 2 unread again in World'},
		]);
		expect(plan('undoMarks', ctx({state: onWorld}))).toEqual([{type: 'notify', message: 'Nothing to undo'}]);
	});

	it('L hides read articles with the cursor on the row the view model found, and shows them again', () => {
		expect(plan('toggleHideRead', ctx({state: onWorld, rowWhenHidden: hide => (hide ? 1 : 4)}))).toEqual([
			{type: 'hideRead', hide: true, cursor: 1, height: 10},
			{type: 'notify', message: 'Read articles hidden (L shows them)'},
		]);
		expect(plan('toggleHideRead', ctx({state: {...onWorld, hideRead: true}, rowWhenHidden: hide => (hide ? 1 : 4)}))[0]).toEqual({
			type: 'hideRead',
			hide: false,
			cursor: 4,
			height: 10,
		});
	});

	it('J and K open the neighbour in place of the article, or say there is none', () => {
		const next = {id: 'world/b', section: 'World', index: 3};
		expect(plan('nextArticle', ctx({neighbour: delta => (delta === 1 ? next : null)}))).toEqual([
			{type: 'openArticle', id: 'world/b', section: 'World', index: 3, height: 10},
			{type: 'readOnLoad', id: 'world/b'},
		]);
		expect(plan('previousArticle', ctx({neighbour: delta => (delta === 1 ? next : null)}))).toEqual([
			{type: 'notify', message: 'No previous article in this list'},
		]);
	});

	it('p opens the previous unread, or says there is none', () => {
		const previous = {id: 'world/z', section: 'World', index: 7};
		expect(plan('previousUnread', ctx({previousUnread: () => previous}))[0]).toEqual({
			type: 'openArticle',
			id: 'world/z',
			section: 'World',
			index: 7,
			height: 10,
		});
		expect(plan('previousUnread', ctx())).toEqual([{type: 'notify', message: 'No unread articles'}]);
	});

	it('U opens the Unread list, and not a second time on top of itself', () => {
		const steps = plan('unreadList', ctx({state: onSections}));
		expect(steps).toEqual([{type: 'push', screen: {kind: 'headlines', section: UNREAD_LIST, pos: {cursor: 0, offset: 0}}}]);
		const onUnread: State = {stack: [{kind: 'headlines', section: UNREAD_LIST, pos: {cursor: 0, offset: 0}}], quitting: false};
		expect(plan('unreadList', ctx({state: onUnread}))).toEqual([]);
	});
});
