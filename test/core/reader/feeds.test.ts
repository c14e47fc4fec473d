import {describe, expect, it} from 'vitest';
import type {Article} from '../../../src/core/article/types.js';
import {initialState, type State, top} from '../../../src/core/reader/state.js';
import {update} from '../../../src/core/reader/update.js';
import {type AppData, viewModel} from '../../../src/core/reader/view-model.js';
import {makeArticle, Session} from '../../helpers/session.js';

const feedItem = (summaryOnly: boolean, url: string | null = 'https://news.example/a'): Article => ({
	...makeArticle('@k3x9q2m7ta/aaaaaaaaaaaaa', 'Example News', 1),
	origin: {feed: 'Example News', url, author: null, summaryOnly},
});
const folder = makeArticle('world/a', 'World', 2);

/** Session data where "Example News" is a feed's section and "World" a folder's. */
function dataWith(...articles: Article[]): AppData {
	const data = new Session(articles, {columns: 80, rows: 12}).data;
	return {...data, feedsIn: section => (section === 'Example News' ? ['Example News'] : [])};
}
const onSection = (data: AppData, name: string): State => {
	const index = data.summaries().findIndex(summary => summary.name === name);
	return {...initialState, stack: [{kind: 'sections', pos: {cursor: index, offset: 0}}]};
};
const onArticle = (id: string): State => ({...initialState, stack: [initialState.stack[0], {kind: 'article', id, scroll: 0, link: null}]});

describe('the feed commands', () => {
	const data = dataWith(folder, feedItem(true));

	it('R asks for a refresh from any list or article, and changes no screen', () => {
		const refreshed = update(initialState, data, 'R');
		expect(refreshed?.effects).toEqual([{type: 'refresh'}]);
		// The same screen and row: the state now counts the Unread row above the cursor, as the screen draws it.
		const after = refreshed?.state ?? initialState;
		expect(after.stack).toHaveLength(1);
		expect(viewModel(after, data).selection).toEqual(viewModel(initialState, data).selection);
		expect(update(onArticle(folder.id), data, 'R')?.effects).toEqual([{type: 'refresh'}]);
	});

	it('a on Sections opens the prompt; the prompt takes h, j, q and Backspace as typing, and Esc leaves it', () => {
		const prompt = update(initialState, data, 'a')?.state ?? initialState;
		expect(top(prompt)).toEqual({kind: 'prompt', purpose: 'addFeed'});
		for (const key of ['h', 'j', 'q', 'backspace', 'return', 'R', '?']) expect(update(prompt, data, key)).toBeNull();
		expect(update(prompt, data, 'escape')?.state).toEqual({...prompt, stack: prompt.stack.slice(0, -1)});
		expect(update(prompt, data, 'ctrl+c')?.state.quitting).toBe(true);
	});

	it('d asks before unsubscribing a feed, and says a folder is not one', () => {
		const asked = update(onSection(data, 'Example News'), data, 'd');
		expect(top(asked?.state ?? initialState)).toEqual({kind: 'confirm', purpose: 'unsubscribe', section: 'Example News'});
		expect(update(onSection(data, 'World'), data, 'd')?.effects).toEqual([{type: 'notify', message: 'World is a folder, not a feed'}]);
		const onUnreadRow: State = {...initialState, stack: [{kind: 'sections', pos: {cursor: 0, offset: 0}, unreadRow: true}]};
		expect(update(onUnreadRow, data, 'd')?.effects).toEqual([{type: 'notify', message: 'Select a feed to unsubscribe from it'}]);
	});

	it('f fetches the page of a feed item, and explains why not elsewhere', () => {
		expect(update(onArticle(feedItem(true).id), data, 'f')?.effects).toEqual([{type: 'readerMode', id: feedItem(true).id}]);
		expect(update(onArticle(folder.id), data, 'f')?.effects).toEqual([{type: 'notify', message: 'Reader mode is for feed items; this article is a file'}]);
		const noPage = dataWith(feedItem(true, null));
		expect(update(onArticle(feedItem(true).id), noPage, 'f')?.effects).toEqual([{type: 'notify', message: 'This item has no page to fetch'}]);
	});
});
