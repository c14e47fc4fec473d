import {describe, expect, test} from 'vitest';
import type {FeedsAnswer, FeedsControl, RefreshProgress} from '../../../src/core/library/index.js';
import {App} from '../../../src/ui/app/app.js';
import {createMemorySource} from '../../doubles/memory-source.js';
import {createMemoryStore} from '../../doubles/memory-store.js';
import {bundledEntries, KEYS, renderApp} from '../../helpers/ink.js';

const NOW = () => Date.UTC(2026, 10, 26, 12);

/** A FeedsControl that records what the reader asked and answers with what a test gives it. */
function fakeFeeds(answers: {add?: (url: string) => Promise<FeedsAnswer>} = {}) {
	const asked: string[] = [];
	let progress: RefreshProgress = {running: false, done: 0, total: 0, failed: 0};
	let errors: ReadonlyMap<string, string> = new Map();
	const listeners = new Set<() => void>();
	const control: FeedsControl = {
		subscribe: listener => {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		progress: () => progress,
		sectionErrors: () => errors,
		refresh: () => {
			asked.push('refresh');
			return null;
		},
		add: url => {
			asked.push(`add ${url}`);
			return answers.add?.(url) ?? Promise.resolve({ok: true, message: `Added ${url}`});
		},
		feedsIn: section => (section === 'World' ? ['World Wire'] : []),
		unsubscribe: section => {
			asked.push(`unsubscribe ${section}`);
			return {ok: true, message: `Unsubscribed from ${section}`};
		},
		readerMode: async id => {
			asked.push(`full ${id}`);
			return {ok: true, message: 'Full text'};
		},
	};
	const set = (next: {progress?: RefreshProgress; errors?: ReadonlyMap<string, string>}): void => {
		progress = next.progress ?? progress;
		errors = next.errors ?? errors;
		for (const listener of listeners) listener();
	};
	return {control, asked, set};
}

const start = (feeds: FeedsControl) =>
	renderApp(<App source={createMemorySource(bundledEntries())} store={createMemoryStore()} size={{columns: 80, rows: 24}} now={NOW} feeds={feeds} />);

describe('adding a feed from the reader', () => {
	test('a opens the prompt, the URL is typed, Enter fetches with progress in place, and the prompt closes with the outcome', async () => {
		let finish!: (answer: FeedsAnswer) => void;
		const fake = fakeFeeds({add: () => new Promise(resolve => (finish = resolve))});
		const ui = await start(fake.control);
		await ui.waitFor(frame => frame.includes('World'), 'the sections');
		await ui.press('a', frame => frame.includes('Feed or site URL:'));
		// h, j and q are letters of a URL here, not commands.
		await ui.press('https://hjq.example/feed', frame => frame.includes('https://hjq.example/feed'));
		const fetching = await ui.press(KEYS.enter, frame => frame.includes('Fetching https://hjq.example/feed…'));
		expect(fetching).toContain('newsterm › Add a feed');
		expect(fake.asked).toEqual(['add https://hjq.example/feed']);
		finish({ok: true, message: 'Added HJQ News (12 items)'});
		const done = await ui.waitFor(frame => frame.includes('Added HJQ News (12 items)'), 'the outcome');
		expect(done).toContain('newsterm › Sections');
		await ui.unmount();
	});

	test('a failed fetch shows its reason under the URL, which stays to be corrected; Esc leaves', async () => {
		const fake = fakeFeeds({add: async () => ({ok: false, reason: 'not a feed: a web page (HTML), and it names no feed'})});
		const ui = await start(fake.control);
		await ui.waitFor(frame => frame.includes('World'), 'the sections');
		await ui.press('a', frame => frame.includes('Feed or site URL:'));
		await ui.press('example.org', frame => frame.includes('example.org'));
		const failed = await ui.press(KEYS.enter, frame => frame.includes('it names no feed'));
		expect(failed).toContain('example.org');
		const back = await ui.press(KEYS.escape, frame => frame.includes('newsterm › Sections'));
		expect(back).not.toContain('Feed or site URL:');
		await ui.unmount();
	});
});

describe('unsubscribing from the reader', () => {
	test('d asks first with No selected: Enter keeps the feed, j then Enter ends it', async () => {
		const fake = fakeFeeds();
		const ui = await start(fake.control);
		await selectWorld(ui);
		const asked = await ui.press('d', frame => frame.includes('Unsubscribe from the feed World Wire?'));
		expect(asked).toContain('No, keep it');
		await ui.press(KEYS.enter, frame => frame.includes('newsterm › Sections'));
		expect(fake.asked).toEqual([]);
		await ui.press('d', frame => frame.includes('Unsubscribe from the feed World Wire?'));
		await ui.press('j');
		const done = await ui.press(KEYS.enter, frame => frame.includes('Unsubscribed from World'));
		expect(done).toContain('newsterm › Sections');
		expect(fake.asked).toEqual(['unsubscribe World']);
		await ui.unmount();
	});
});

describe('keys typed at once after a or d, before a frame is drawn', () => {
	test('a, a URL and Enter in one read: every letter is in the URL fetched, none went to the reader', async () => {
		const fake = fakeFeeds();
		const ui = await start(fake.control);
		await ui.waitFor(frame => frame.includes('World'), 'the sections');
		// One chunk, as a paste or a fast typist on a loaded machine gives it: Ink would not listen yet.
		const done = await ui.press(`ahttps://quick.example/feed.xml${KEYS.enter}`, frame => frame.includes('Added https://quick.example/feed.xml'));
		expect(fake.asked).toEqual(['add https://quick.example/feed.xml']);
		expect(done).toContain('newsterm › Sections');
		await ui.unmount();
	});

	test('Backspace and Ctrl+U edit the line the loop types; Enter sends the line as the last key left it', async () => {
		const fake = fakeFeeds();
		const ui = await start(fake.control);
		await ui.waitFor(frame => frame.includes('World'), 'the sections');
		await ui.press('awrong\x15http://b.examplX\x7fe/f', frame => frame.includes('http://b.example/f'));
		await ui.press(KEYS.enter, () => fake.asked.length > 0);
		expect(fake.asked).toEqual(['add http://b.example/f']);
		await ui.unmount();
	});

	test('d, j and Enter in one read unsubscribe; d and Enter keep the feed', async () => {
		const fake = fakeFeeds();
		const ui = await start(fake.control);
		await selectWorld(ui);
		await ui.press(`d${KEYS.enter}`, frame => frame.includes('newsterm › Sections') && !frame.includes('Unsubscribe from'));
		expect(fake.asked).toEqual([]);
		// The key after the answer is the reader's again: k moves the cursor off World.
		await ui.press(`dj${KEYS.enter}k`, frame => fake.asked.length > 0 && cursorRow(frame).includes('Technology'));
		expect(fake.asked).toEqual(['unsubscribe World']);
		await ui.unmount();
	});

	test('a question asked again in the same read starts afresh: No, then d, j and Enter unsubscribe', async () => {
		const fake = fakeFeeds();
		const ui = await start(fake.control);
		await selectWorld(ui);
		await ui.press(`d${KEYS.enter}dj${KEYS.enter}`, frame => frame.includes('Unsubscribed from World'));
		expect(fake.asked).toEqual(['unsubscribe World']);
		await ui.unmount();
	});
});

/** The row the list cursor is on. */
/** Moves the cursor from where Sections opens (the first section, under the Unread row) down to World. */
async function selectWorld(ui: Awaited<ReturnType<typeof start>>): Promise<void> {
	const rows = (await ui.waitFor(frame => frame.includes('World'), 'the sections')).split('\n');
	const world = rows.findIndex(row => row.includes('World')) - rows.findIndex(row => row.startsWith('›'));
	await ui.press('j'.repeat(world), frame => cursorRow(frame).includes('World'));
}

function cursorRow(frame: string): string {
	return frame.split('\n').find(row => row.startsWith('›')) ?? '';
}

describe('refreshing from the reader', () => {
	test("R asks for a refresh; the header shows its progress, then how many failed, and each failing feed's error beside its section", async () => {
		const fake = fakeFeeds();
		const ui = await start(fake.control);
		await ui.waitFor(frame => frame.includes('World'), 'the sections');
		await ui.press('R', () => fake.asked.includes('refresh'));
		fake.set({progress: {running: true, done: 3, total: 40, failed: 0}});
		await ui.waitFor(frame => frame.split('\n')[0]?.includes('3/40 feeds') === true, 'the progress');
		fake.set({progress: {running: false, done: 40, total: 40, failed: 1}, errors: new Map([['World', 'HTTP 404 Not Found']])});
		const after = await ui.waitFor(frame => frame.includes('1 failed'), 'the failures');
		expect(after.split('\n').find(row => row.includes('World'))).toContain('! HTTP 404 Not Found');
		await ui.unmount();
	});
});
