import {act} from 'react';
import {describe, expect, test} from 'vitest';
import {App} from '../../../src/ui/app/app.js';
import type {ArticleMeta} from '../../../src/core/article/types.js';
import type {ScanSession} from '../../../src/core/library/scan.js';
import {createMemorySource} from '../../doubles/memory-source.js';
import {createMemoryStore} from '../../doubles/memory-store.js';
import {bundledEntries, cursorLine, KEYS, renderApp} from '../../helpers/ink.js';

/*
 * A cold start: the scan publishes the library in batches while the reader is already in use. Rows
 * arriving above the cursor must not slide another item under it.
 */

const NOW = () => Date.UTC(2026, 10, 26, 12);
const source = createMemorySource(bundledEntries());

/** A scan the test publishes by hand, batch by batch. */
function manualScan(): ScanSession & {publish(metas: readonly ArticleMeta[]): void} {
	let published: readonly ArticleMeta[] = [];
	const listeners = new Set<() => void>();
	return {
		articles: () => published,
		finished: () => false,
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		done: new Promise(() => undefined),
		firstList: Promise.resolve(),
		rescan: async () => undefined,
		startedAt: 0,
		publish(metas) {
			published = [...published, ...metas];
			for (const listener of listeners) listener();
		},
	};
}

const all = (await source.scan()).articles;
/** A headline's date as its row shows it (titles may hold non-breaking spaces and get cut). */
const day = (meta: ArticleMeta): string => meta.updated?.slice(0, 10) ?? '—';
const inSection = (section: string): ArticleMeta[] => all.filter(meta => meta.section === section);

describe('the cursor stays on its item while a scan publishes rows above it', () => {
	test('sections: j aimed at World stays on World when Business and Culture arrive', async () => {
		const scan = manualScan();
		scan.publish([...inSection('World'), ...inSection('Sport')]);
		const ui = await renderApp(<App source={source} store={createMemoryStore()} size={{columns: 80, rows: 24}} now={NOW} scan={scan} />);
		await ui.waitFor(frame => cursorLine(frame).includes('Sport'), 'the first batch');
		await ui.press('j', frame => cursorLine(frame).includes('World'));
		await act(async () => scan.publish([...inSection('Business'), ...inSection('Culture')]));
		await ui.waitFor(frame => frame.includes('Business'), 'the second batch');
		expect(cursorLine(ui.frame())).toContain('World');
		await ui.press(KEYS.enter, frame => frame.includes('newsterm › World'));
		await ui.unmount();
	});

	test('headlines: the selected headline stays selected when newer ones arrive above it', async () => {
		const scan = manualScan();
		// Newest first, as the list shows them.
		const world = inSection('World').sort((a, b) => day(b).localeCompare(day(a)));
		const oldest = world.at(-1);
		const older = world.at(-2);
		if (!oldest || !older) throw new Error('the bundled World section has too few articles');
		scan.publish([older, oldest]);
		const ui = await renderApp(<App source={source} store={createMemoryStore()} size={{columns: 80, rows: 24}} now={NOW} scan={scan} />);
		await ui.waitFor(frame => cursorLine(frame).includes('World'), 'the first batch');
		await ui.press(KEYS.enter, frame => frame.includes('newsterm › World'));
		await ui.press('j', frame => cursorLine(frame).includes(day(oldest)));
		await act(async () => scan.publish(world.slice(0, -2)));
		await ui.waitFor(frame => frame.includes(day(world[0] ?? oldest)), 'the newer headlines');
		expect(cursorLine(ui.frame())).toContain(day(oldest));
		await ui.unmount();
	});
});
