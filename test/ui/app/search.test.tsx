import {describe, expect, test} from 'vitest';
import type {Article} from '../../../src/core/article/index.js';
import {App} from '../../../src/ui/app/app.js';
import {createMemorySearch} from '../../doubles/memory-search.js';
import {createMemorySource} from '../../doubles/memory-source.js';
import {createMemoryStore} from '../../doubles/memory-store.js';
import {bundledEntries, cursorLine, KEYS, renderApp} from '../../helpers/ink.js';

const NOW = () => Date.UTC(2026, 10, 26, 12);
const entries = bundledEntries();
const source = createMemorySource(entries);

/** The bundled articles as the index takes them, read through the same source the App lists. */
async function docs() {
	const {articles} = await source.scan();
	const opened = await Promise.all(articles.map(meta => source.open(meta.id)));
	return opened.flatMap(result => {
		if (!result.ok) return [];
		const article: Article = result.article;
		return [{id: article.id, title: article.title, body: article.paragraphs.join('\n'), updated: article.updated, stamp: ''}];
	});
}

async function start(size = {columns: 80, rows: 24}, indexed?: number) {
	const all = await docs();
	const search = createMemorySearch(all, indexed);
	const ui = await renderApp(<App source={source} store={createMemoryStore()} size={size} now={NOW} search={search.control} />);
	await ui.waitFor(frame => frame.includes('World'), 'the sections');
	return {ui, search, total: all.length};
}

describe('/ in the reader', () => {
	test('the results follow the typing, title hits first; Down moves, Enter opens, back returns to them, Esc to Sections', async () => {
		const {ui} = await start();
		await ui.press('/', frame => frame.includes('newsterm › Search'));
		// j, h and q are letters of the query here, not commands.
		const typed = await ui.press('harbour', frame => frame.includes('/ harbour') && frame.includes('articles'));
		expect(cursorLine(typed)).toContain('Valmora harbour reopens');
		expect(typed).toContain('↓ move');
		await ui.press(KEYS.down, frame => !cursorLine(frame).includes('Valmora harbour reopens'));
		const selected = cursorLine(ui.frame()).slice(16, 40).trim();
		const article = await ui.press(KEYS.enter, frame => !frame.includes('/ harbour'));
		expect(article.split('\n')[0]).toContain(selected);
		const back = await ui.press('q', frame => frame.includes('/ harbour'));
		expect(cursorLine(back)).toContain(selected);
		// On the results j moves as on any list, and / goes back to typing.
		await ui.press('k', frame => cursorLine(frame).includes('Valmora harbour reopens'));
		await ui.press('/', frame => frame.includes('↓ move'));
		await ui.press(' ferry', frame => frame.includes('/ harbour ferry'));
		const sections = await ui.press(KEYS.escape, frame => frame.includes('newsterm › Sections'));
		expect(sections).not.toContain('/ harbour');
		await ui.unmount();
	});

	test('Ctrl+N and Ctrl+P move the selection without typing their letter', async () => {
		const {ui} = await start();
		await ui.press('/', frame => frame.includes('newsterm › Search'));
		await ui.press('valmora', frame => frame.includes('/ valmora') && frame.includes('articles'));
		const first = cursorLine(ui.frame());
		const moved = await ui.press('\x0e', frame => cursorLine(frame) !== first);
		expect(moved.split('\n')[1]?.trim()).toBe('/ valmora');
		const back = await ui.press('\x10', frame => cursorLine(frame) === first);
		expect(back.split('\n')[1]?.trim()).toBe('/ valmora');
		await ui.unmount();
	});

	test('no match says so', async () => {
		const {ui} = await start();
		await ui.press('/', frame => frame.includes('newsterm › Search'));
		const none = await ui.press('zyxwv', frame => frame.includes('No article has zyxwv'));
		expect(cursorLine(none)).toBe('');
		await ui.unmount();
	});

	test('while the index grows the results say so, and fill in without a key', async () => {
		const {ui, search, total} = await start({columns: 40, rows: 15}, 2);
		await ui.press('/', frame => frame.includes('Search'));
		await ui.press('the', frame => frame.includes('/ the'));
		const early = await ui.waitFor(frame => frame.includes(`still indexing (2 of ${total})`), 'the progress');
		const earlyRows = early.split('\n').filter(line => line.includes('20')).length;
		search.grow();
		const full = await ui.waitFor(frame => !frame.includes('still indexing'), 'the complete index');
		expect(full.split('\n').filter(line => line.includes('20')).length).toBeGreaterThan(earlyRows);
		for (const line of full.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
		await ui.unmount();
	});

	test('a reader without an index says search is not available', async () => {
		const ui = await renderApp(<App source={source} store={createMemoryStore()} size={{columns: 80, rows: 24}} now={NOW} />);
		await ui.waitFor(frame => frame.includes('World'), 'the sections');
		await ui.press('/', frame => frame.includes('Search is not available here'));
		await ui.unmount();
	});
});
