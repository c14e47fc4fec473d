import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {App} from '../../../src/ui/app/app.js';
import {openConfStore} from '../../../src/io/store/conf-store.js';
import {createMemorySource} from '../../doubles/memory-source.js';
import {createMemoryStore} from '../../doubles/memory-store.js';
import type {ReadingStore} from '../../../src/core/store/reading-store.js';
import {bundledEntries, cursorLine, KEYS, renderApp} from '../../helpers/ink.js';

const NOW = () => Date.UTC(2026, 10, 26, 12);
const source = createMemorySource(bundledEntries());
const size80 = {columns: 80, rows: 24};

function app(store: ReadingStore, size = size80) {
	return <App source={source} store={store} size={size} now={NOW} />;
}

/** Moves the list cursor down until its row contains `text`. */
async function selectRow(ui: Awaited<ReturnType<typeof renderApp>>, text: string): Promise<void> {
	for (let i = 0; i < 30 && !cursorLine(ui.frame()).includes(text); i++) await ui.press('j');
	expect(cursorLine(ui.frame())).toContain(text);
}

describe('the reader, end to end with ink-testing-library', () => {
	test('tells onInput of every key before handling it, known or not', async () => {
		const seen: string[] = [];
		const ui = await renderApp(<App source={source} store={createMemoryStore()} size={size80} now={NOW} onInput={() => seen.push(cursorLine(ui.frame()))} />);
		await ui.waitFor(frame => frame.includes('World'), 'the sections list');
		const first = cursorLine(ui.frame());
		await ui.press('j', frame => cursorLine(frame) !== first);
		const second = cursorLine(await ui.press('j'));
		// `%` is no key of ours; the `k` after it moves the cursor back up, so a frame comes.
		await ui.press('%k');
		// Each call came before its key moved the cursor.
		expect(seen).toHaveLength(4);
		expect(seen[0]).toBe(first);
		expect(seen.slice(2)).toEqual([second, second]);
		await ui.unmount();
	});

	test('sections → headlines → article → resolved link → back keeps the scroll position', async () => {
		const ui = await renderApp(app(createMemoryStore()));
		await ui.waitFor(frame => frame.includes('World'), 'the sections list');
		expect(ui.frame()).toContain('newsterm › Sections');
		await selectRow(ui, 'World');
		await ui.press(KEYS.enter, frame => frame.includes('newsterm › World'));
		await selectRow(ui, 'Valmora harbour reopens');
		await ui.press(KEYS.enter, frame => frame.includes('World › Valmora harbour reopens'));
		await ui.waitFor(frame => frame.includes('The port of Valmora reopened'), 'the article body');
		// Title, meta line and a blank line come first: four lines down, the body's first line is gone.
		for (let i = 0; i < 3; i++) await ui.press('j');
		const scrolled = await ui.press('j');
		expect(scrolled).not.toContain('The port of Valmora reopened to commercial');
		expect(scrolled.split('\n')[1]).toContain('after a storm surge tore through');
		const followed = await ui.press('2', frame => frame.includes('Essland and Norvik sign fishing accord'));
		expect(followed).toContain('World › Essland and Norvik sign fishing accord');
		const back = await ui.press(KEYS.escape, frame => frame.includes('World › Valmora harbour reopens'));
		expect(back).toBe(scrolled);
		await ui.unmount();
	});

	test('an unresolved link opens its teaser, and back returns to the same place', async () => {
		const ui = await renderApp(
			<App
				source={source}
				store={createMemoryStore()}
				size={size80}
				now={NOW}
				initial={{
					quitting: false,
					stack: [
						{kind: 'sections', pos: {cursor: 5, offset: 0}},
						{kind: 'headlines', section: 'World', pos: {cursor: 1, offset: 0}},
						{kind: 'article', id: 'world/valmora-harbour-reopens', scroll: 0, link: null},
					],
				}}
			/>,
		);
		const before = await ui.waitFor(frame => frame.includes('The port of Valmora reopened'), 'the article');
		const teaser = await ui.press('5', frame => frame.includes('teaser only'));
		expect(teaser).toContain('Essland opposition calls for early election');
		expect(teaser).toContain('The full text of this article is not in the library');
		const back = await ui.press('h', frame => frame.includes('The port of Valmora reopened'));
		expect(back).toBe(before);
		const list = await ui.press('q', frame => frame.includes('newsterm › World'));
		expect(cursorLine(list)).toContain('Valmora harbour reopens');
		await ui.unmount();
	});

	test('read state and bookmarks survive a remount on the same NEWSTERM_CONFIG_DIR', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'newsterm-ui-'));
		try {
			const first = openConfStore({dir});
			let ui = await renderApp(app(first));
			await ui.waitFor(frame => frame.includes('World'), 'sections');
			await selectRow(ui, 'Sport');
			await ui.press(KEYS.enter, frame => frame.includes('newsterm › Sport'));
			const unreadRow = cursorLine(ui.frame());
			expect(unreadRow.startsWith('›●')).toBe(true);
			await ui.press(KEYS.enter, frame => frame.includes('Sport ›'));
			await ui.press('b', frame => frame.includes('Bookmarked'));
			await ui.press(KEYS.escape, frame => frame.includes('newsterm › Sport'));
			expect(cursorLine(ui.frame()).startsWith('› ★')).toBe(true);
			await ui.unmount();
			first.close();

			const second = openConfStore({dir});
			ui = await renderApp(app(second));
			await ui.waitFor(frame => frame.includes('World'), 'sections after remount');
			expect(ui.frame()).toMatch(/Sport\s+3 of 4 unread/);
			const bookmarks = await ui.press('B', frame => frame.includes('newsterm › Bookmarks'));
			expect(cursorLine(bookmarks)).toContain(unreadRow.slice(4, 40).trim());
			await ui.unmount();
			second.close();
		} finally {
			rmSync(dir, {recursive: true, force: true});
		}
	});
});

describe('layout at 40 columns', () => {
	let ui: Awaited<ReturnType<typeof renderApp>> | undefined;
	afterEach(async () => ui?.unmount());

	test('no line is wider than the terminal and the footer still shows keys', async () => {
		ui = await renderApp(app(createMemoryStore(), {columns: 40, rows: 15}));
		const frame = await ui.waitFor(f => f.includes('World'), 'sections');
		const lines = frame.split('\n');
		expect(lines).toHaveLength(15);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
		expect(lines.at(-1)).toMatch(/j move .*\? help .*q quit/);
	});
});
