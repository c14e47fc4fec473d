import {describe, expect, test} from 'vitest';
import {App} from '../../../src/ui/app/app.js';
import {createMemorySource} from '../../doubles/memory-source.js';
import {createMemoryStore} from '../../doubles/memory-store.js';
import {bundledEntries, cursorLine, KEYS, renderApp} from '../../helpers/ink.js';

const NOW = () => Date.UTC(2026, 10, 26, 12);
const size = {columns: 80, rows: 24};

describe('bookmarks', () => {
	test("a bookmark made from the headline list keeps the article's teaser in its snapshot", async () => {
		const store = createMemoryStore();
		const ui = await renderApp(
			<App
				source={createMemorySource(bundledEntries())}
				store={store}
				size={size}
				now={NOW}
				initial={{
					quitting: false,
					stack: [
						{kind: 'sections', pos: {cursor: 5, offset: 0}},
						{kind: 'headlines', section: 'World', pos: {cursor: 3, offset: 0}},
					],
				}}
			/>,
		);
		await ui.waitFor(frame => cursorLine(frame).includes('not there yet'), 'the seed selected');
		await ui.press('b', frame => frame.includes('Bookmarked'));
		await ui.waitFor(() => (store.snapshot().bookmarks.get('world/us-not-there-yet')?.teaser ?? '') !== '', 'the teaser to be filled in');
		const bookmark = store.snapshot().bookmarks.get('world/us-not-there-yet');
		expect(bookmark).toMatchObject({
			title: 'US "not there yet" in Syria ceasefire talks with Russia, Obama says',
			section: 'World',
			updated: '2016-09-04T13:32',
		});
		expect(bookmark?.teaser.startsWith('President Barack Obama said Sunday the US was "not there yet"')).toBe(true);
		expect(store.snapshot().read.has('world/us-not-there-yet')).toBe(false);
		await ui.unmount();
	});

	test('a bookmark whose file is gone still lists, says so, and opens its snapshot', async () => {
		const entries = bundledEntries().filter(entry => entry.id !== 'sport/portsalt-marathon-record');
		const store = createMemoryStore({
			bookmarks: new Map([
				[
					'sport/portsalt-marathon-record',
					{
						id: 'sport/portsalt-marathon-record',
						title: 'Marathon record falls in Portsalt despite the headwind',
						section: 'Sport',
						updated: '2024-10-13T12:45',
						teaser: 'The Portsalt marathon course record fell on Sunday.',
						at: 1,
					},
				],
			]),
		});
		const ui = await renderApp(<App source={createMemorySource(entries)} store={store} size={size} now={NOW} />);
		await ui.waitFor(frame => frame.includes('World'), 'sections');
		const list = await ui.press('B', frame => frame.includes('newsterm › Bookmarks'));
		// The title gives way so the marker fits in 80 columns.
		expect(cursorLine(list)).toMatch(/^› ★ 2024-10-13 {2}Marathon record falls in Portsalt.*… · text missing\s*$/);
		const teaser = await ui.press(KEYS.enter, frame => frame.includes('teaser only'));
		expect(teaser).toContain('The Portsalt marathon course record fell on Sunday.');
		expect(teaser).toContain('file is gone');
		await ui.unmount();
	});
});

describe('an article still loading', () => {
	test('has its title and section in the header before the body arrives', async () => {
		const base = createMemorySource(bundledEntries());
		let release!: () => void;
		const gate = new Promise<void>(resolve => {
			release = resolve;
		});
		const slow = {
			scan: base.scan,
			open: async (id: string) => {
				await gate;
				return base.open(id);
			},
		};
		const ui = await renderApp(
			<App
				source={slow}
				store={createMemoryStore()}
				size={size}
				now={NOW}
				initial={{
					quitting: false,
					stack: [
						{kind: 'sections', pos: {cursor: 5, offset: 0}},
						{kind: 'article', id: 'world/us-not-there-yet', scroll: 0, link: null},
					],
				}}
			/>,
		);
		const loading = await ui.waitFor(frame => frame.includes('Loading…') && frame.includes('World › US "not there yet"'), 'the loading frame with a header');
		expect(loading.split('\n')[0]).toContain('World › US "not there yet" in Syria');
		release();
		await ui.waitFor(frame => frame.includes('President Barack Obama said Sunday'), 'the body');
		await ui.unmount();
	});
});
