import {describe, expect, test} from 'vitest';
import {App} from '../../../src/ui/app/app.js';
import {cellWidth} from '../../../src/core/text/index.js';
import {createMemorySource} from '../../doubles/memory-source.js';
import {createMemoryStore} from '../../doubles/memory-store.js';
import {bundledEntries, KEYS, renderApp} from '../../helpers/ink.js';

const NOW = () => Date.UTC(2026, 10, 26, 12);
const source = createMemorySource(bundledEntries());
const size = {columns: 40, rows: 15};
const fits = (frame: string): boolean => frame.split('\n').every(row => cellWidth(row) <= 40);

describe('catching up in the App at 40 columns', () => {
	test('U lists the unread; an article opened from it shows ● while unread and ★ while bookmarked in its header', async () => {
		const store = createMemoryStore();
		const ui = await renderApp(<App source={source} store={store} size={size} now={NOW} />);
		await ui.waitFor(frame => frame.includes('World'), 'the sections');
		const list = await ui.press('U', frame => frame.includes('Unread'));
		expect(list.split('\n')[0]).toMatch(/^ newsterm › Unread +1\/24 ?$/);
		// Opening marks it read: no ● beside the position, as a read headline has none.
		const article = await ui.press(KEYS.enter, frame => / (All|\d+%) ?$/.test(frame.split('\n')[0] ?? ''));
		expect(article.split('\n')[0]).not.toMatch(/[●★]/);
		expect(store.snapshot().read.size).toBe(1);
		expect(fits(article)).toBe(true);
		const marked = await ui.press('b', frame => / ★ (All|\d+%) ?$/.test(frame.split('\n')[0] ?? ''));
		expect(marked.split('\n')[0]).not.toContain('●');
		const unread = await ui.press('r', frame => / ● ★ (All|\d+%) ?$/.test(frame.split('\n')[0] ?? ''));
		expect(fits(unread)).toBe(true);
		await ui.unmount();
	});

	test('A marks the selected section read with a notice; u puts it back', async () => {
		const store = createMemoryStore();
		const ui = await renderApp(<App source={source} store={store} size={size} now={NOW} />);
		await ui.waitFor(frame => frame.includes('World'), 'the sections');
		const marked = await ui.press('A', frame => frame.includes('u undoes'));
		expect(marked.replace(/\s+/g, ' ')).toContain('Marked 4 read in Business · u undoes');
		expect(store.snapshot().read.size).toBe(4);
		expect(fits(marked)).toBe(true);
		const undone = await ui.press('u', frame => frame.includes('Undone'));
		expect(undone.replace(/\s+/g, ' ')).toContain('Undone: 4 unread again in Business');
		expect(store.snapshot().read.size).toBe(0);
		await ui.unmount();
	});
});
