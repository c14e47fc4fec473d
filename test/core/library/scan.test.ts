import {describe, expect, test} from 'vitest';
import {PAUSE_MS, startScan} from '../../../src/core/library/scan.js';
import type {ArticleSource} from '../../../src/core/library/source.js';
import type {ArticleMeta} from '../../../src/core/article/types.js';

const meta = (n: number): ArticleMeta => ({id: `s/a${n}`, title: `T${n}`, section: 'S', updated: null, dateAmbiguous: false});

/** A source whose scan hands out the given batches, then finishes when told to. */
function scripted(batches: readonly (readonly ArticleMeta[])[]) {
	let finish!: () => void;
	const gate = new Promise<void>(resolve => {
		finish = resolve;
	});
	const source: ArticleSource = {
		async scan(onBatch) {
			// A real source reads files before its first batch; let the caller subscribe first.
			await new Promise(resolve => setTimeout(resolve, 0));
			for (const batch of batches) onBatch?.(batch);
			await gate;
			return {articles: batches.flat(), skipped: []};
		},
		open: async () => ({ok: false, error: 'none'}),
	};
	return {source, finish};
}

describe('startScan', () => {
	test('publishes when the list has doubled, not on every batch, then the final list', async () => {
		const batches = Array.from({length: 16}, (_, i) => [meta(i)]);
		const {source, finish} = scripted(batches);
		const session = startScan(source, () => 0);
		const sizes: number[] = [];
		session.subscribe(() => sizes.push(session.articles().length));
		await new Promise(resolve => setTimeout(resolve, 5));
		expect(sizes).toEqual([1, 2, 4, 8, 16]);
		expect(session.finished()).toBe(false);
		finish();
		await session.done;
		expect(session.finished()).toBe(true);
		expect(session.articles()).toHaveLength(16);
		expect(sizes.at(-1)).toBe(16);
	});

	test('firstList resolves at the first publication, before the scan ends', async () => {
		// The second batch does not double the list, so the first publication is the only one before the end.
		const {source, finish} = scripted([[meta(1), meta(2)], [meta(3)]]);
		const session = startScan(source, () => 0);
		let seen: number | null = null;
		await session.firstList.then(() => {
			seen = session.articles().length;
		});
		expect(seen).toBe(2);
		expect(session.finished()).toBe(false);
		finish();
		await session.done;
	});

	test('firstList resolves when a scan that finds nothing ends, and when a scan fails', async () => {
		const {source, finish} = scripted([]);
		const empty = startScan(source);
		finish();
		await empty.firstList;
		expect(empty.finished()).toBe(true);
		const failing: ArticleSource = {scan: async () => Promise.reject(new Error('gone')), open: async () => ({ok: false, error: 'none'})};
		const failed = startScan(failing);
		await failed.firstList;
		await expect(failed.done).rejects.toThrow('gone');
	});

	test('batches that did not double the list are published once batches pause', async () => {
		// 4 published at once; 5 and 6 do not double it, and the scan then goes quiet (a folder walk).
		const {source, finish} = scripted([[meta(1), meta(2), meta(3), meta(4)], [meta(5)], [meta(6)]]);
		const session = startScan(source, () => 0);
		const sizes: number[] = [];
		session.subscribe(() => sizes.push(session.articles().length));
		const started = Date.now();
		// Polled, not slept: under load the pause timer fires late, never early.
		while (sizes.at(-1) !== 6 && Date.now() - started < 5000) await new Promise(resolve => setTimeout(resolve, 10));
		expect(sizes).toEqual([4, 6]);
		expect(Date.now() - started).toBeGreaterThanOrEqual(PAUSE_MS - 5);
		expect(session.finished()).toBe(false);
		finish();
		await session.done;
	});

	test('a second without a publication publishes whatever has come, doubled or not', async () => {
		let now = 0;
		const {source} = scripted([[meta(1), meta(2), meta(3), meta(4)], [meta(5)], [meta(6)]]);
		// Each reading of the clock moves it on 600 ms.
		const session = startScan(source, () => (now += 600));
		await new Promise(resolve => setTimeout(resolve, 5));
		// 4 published at once (doubled from 0); 5 came 600 ms later (no); 6 came 1,200 ms later (yes).
		expect(session.articles().map(a => a.id)).toEqual(['s/a1', 's/a2', 's/a3', 's/a4', 's/a5', 's/a6']);
	});

	test('a batch of 200,000 does not overflow the call stack', async () => {
		const {source, finish} = scripted([Array.from({length: 200_000}, (_, i) => meta(i))]);
		const session = startScan(source);
		await new Promise(resolve => setTimeout(resolve, 5));
		expect(session.articles()).toHaveLength(200_000);
		finish();
		await session.done;
	});
});

describe('rescan', () => {
	/** A source whose list is whatever `list` holds when it is scanned, counting scans. */
	function changing() {
		const state = {list: [meta(1)], scans: 0};
		const source: ArticleSource = {
			async scan() {
				state.scans++;
				await new Promise(resolve => setTimeout(resolve, 0));
				return {articles: [...state.list], skipped: []};
			},
			open: async () => ({ok: false, error: 'none'}),
		};
		return {state, source};
	}

	test('publishes the list as it is now, after the first scan', async () => {
		const {state, source} = changing();
		const session = startScan(source, () => 0);
		await session.done;
		let told = 0;
		session.subscribe(() => told++);
		state.list = [meta(1), meta(2)];
		await session.rescan();
		expect(session.articles().map(article => article.id)).toEqual(['s/a1', 's/a2']);
		expect(told).toBe(1);
		expect(session.finished()).toBe(true);
	});

	test('folds calls made while one runs into one more scan', async () => {
		const {state, source} = changing();
		const session = startScan(source, () => 0);
		await session.done;
		const first = session.rescan();
		// Changes that come once that scan has begun need one more.
		while (state.scans < 2) await new Promise(resolve => setTimeout(resolve, 0));
		state.list = [meta(3)];
		const rest = [session.rescan(), session.rescan(), session.rescan()];
		await Promise.all([first, ...rest]);
		expect(state.scans).toBe(3);
		expect(session.articles().map(article => article.id)).toEqual(['s/a3']);
	});

	test('publishes nothing when the list has not changed', async () => {
		const {state, source} = changing();
		const session = startScan(source, () => 0);
		await session.done;
		const before = session.articles();
		let told = 0;
		session.subscribe(() => told++);
		state.list = [meta(1)];
		await session.rescan();
		expect(told).toBe(0);
		expect(session.articles()).toBe(before);
	});

	test('keeps the old list when a rescan fails', async () => {
		const {source} = changing();
		const session = startScan(source, () => 0);
		await session.done;
		source.scan = () => Promise.reject(new Error('folder gone'));
		await session.rescan();
		expect(session.articles().map(article => article.id)).toEqual(['s/a1']);
	});
});
