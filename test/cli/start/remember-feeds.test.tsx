/**
 * The early paint for someone who subscribes to feeds (cli/start remember, feed-age): the frame saved
 * on the way out is the App's first frame at the next start while the archive is fresh, so Ink's first
 * frame over the launcher's sends nothing; a start that refreshes shows it in the header over the
 * painted frame; and where the next start would refresh at once, or show a failing feed, nothing is saved.
 */
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import chalk from 'chalk';
import {render} from 'ink';
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi} from 'vitest';
import {articleSource, type FeedsContext, openFeeds} from '../../../src/cli/feeds/index.js';
import {rememberFirstFrame} from '../../../src/cli/start/index.js';
import {DEFAULT_CONFIG} from '../../../src/core/config/index.js';
import {frameFileName, type SavedFrame} from '../../../src/core/frame-cache/index.js';
import {type BodyLoader, type ScanSession, startScan} from '../../../src/core/library/index.js';
import type {ReadingStore, Subscription} from '../../../src/core/store/index.js';
import {createFeedsControl} from '../../../src/io/feeds/control.js';
import {handOver, loadSavedFrame, saveFrame} from '../../../src/io/frame-cache/index.js';
import type {Fetcher} from '../../../src/io/http/index.js';
import {createFrameWriter} from '../../../src/io/terminal/frame-writer.js';
import {App} from '../../../src/ui/app/app.js';
import {createMemoryFetcher, failed, ok} from '../../doubles/memory-fetcher.js';
import {createMemorySource} from '../../doubles/memory-source.js';
import {createMemoryStore} from '../../doubles/memory-store.js';
import {FakeKeys, FakeTerminal, until} from '../../helpers/fake-tty.js';
import {rssText} from '../../helpers/feed-texts.js';
import {tempDir} from '../../helpers/bin.js';
import {createTerminal, screenRows, writeTerminal} from '../../helpers/xterm.js';

const FEEDS: readonly Subscription[] = [
	{key: 'harbour001', url: 'https://harbour.example/rss', title: 'Harbour Wire', section: null, added: 1},
	{key: 'worldwire1', url: 'https://world.example/rss', title: 'World Wire', section: 'World', added: 2},
];
const MINUTE = 60_000;
const START = {build: 'test-build', identity: '{"argv":[],"test":"remember-feeds"}'};

let folders: {path: string; remove: () => void}[] = [];
const folder = (): string => {
	const made = tempDir('newsterm-remember-feeds-');
	folders.push(made);
	return made.path;
};

/** The terminal the way out reads its size from, and the launcher's handover the way out saves for. */
function terminalOf(columns: number, rows: number, cacheDir: string): void {
	for (const [name, value] of Object.entries({isTTY: true, columns, rows})) Object.defineProperty(process.stdout, name, {value, configurable: true});
	handOver({...START, cacheDir, taken: false});
}

beforeAll(() => {
	// Styled as in a terminal, so the frames compare bold, inverse and dim too, not only text.
	chalk.level = 1;
});
beforeEach(() => {
	vi.stubEnv('NEWSTERM_REFRESH_MINUTES', '');
});
afterEach(() => {
	vi.unstubAllEnvs();
	for (const name of ['isTTY', 'columns', 'rows']) delete (process.stdout as unknown as Record<string, unknown>)[name];
	for (const made of folders) made.remove();
	folders = [];
});
afterAll(() => {
	chalk.level = 0;
});

/** One run of the reader over the data folder: the store, its feeds, the scan and the feeds control. */
function runOver(dataDir: string, fetcher: Fetcher, now: () => number = Date.now, feeds: readonly Subscription[] = FEEDS) {
	const store: ReadingStore = createMemoryStore({
		feeds: new Map(feeds.map(feed => [feed.key, feed])),
		read: new Set(['@harbour001/https://harbour.example/story-1']),
	});
	const context: FeedsContext = openFeeds(store, {NEWSTERM_DATA_DIR: dataDir});
	const source = articleSource(createMemorySource([]), context, {ownFolders: false, samples: false});
	const scan: ScanSession = startScan(source);
	const control = createFeedsControl({
		archive: context.archive,
		store,
		fetcher: () => fetcher,
		subscriptions: context.subscriptions,
		feedSource: context.feedSource,
		scan,
		loader: {refresh: () => undefined} as unknown as BodyLoader,
		offline: false,
		now,
		lastInputAt: () => 0,
	});
	return {store, context, source, scan, control};
}

/** A fetcher answering every feed with three stories, but `failing` with an error. */
function answering(failing: readonly string[] = []): Fetcher {
	const fetcher = createMemoryFetcher();
	for (const feed of FEEDS)
		fetcher.answer(
			feed.url,
			failing.includes(feed.key) ? failed('HTTP 500 Internal Server Error', 500) : ok(feed.url, rssText(feed.title, 3, feed.url.replace('rss', ''))),
		);
	return fetcher;
}

/** A run that refreshes every feed, then leaves: what its way out saved for the next start, if anything. */
async function firstRunLeaves(dataDir: string, cacheDir: string, options: {failing?: string[]; subscribedAfter?: Subscription} = {}) {
	const run = runOver(dataDir, answering(options.failing));
	await run.scan.done;
	expect(run.control.refresh()).toBeNull();
	await run.control.idle();
	if (options.subscribedAfter) run.store.putFeed(options.subscribedAfter);
	rememberFirstFrame({
		scan: run.scan,
		store: run.store,
		feeds: run.context,
		offline: false,
		config: DEFAULT_CONFIG,
		configProblems: false,
		folders: [],
		scanning: false,
	});
	const {columns, rows} = process.stdout;
	return loadSavedFrame(cacheDir, {...START, size: () => ({cols: columns, rows})});
}

/**
 * The next start over the same folders, as the reader runs it after the launcher painted `saved`: the
 * feeds control checks the archive's age, and the App renders into a writer that holds the painted
 * frame (io/terminal adoptEarlyFrame). Returns Ink's first frame, the bytes Ink sent, and the screen.
 */
async function nextStart(dataDir: string, saved: SavedFrame, options: {now?: () => number; fetcher?: Fetcher} = {}) {
	const run = runOver(dataDir, options.fetcher ?? answering(), options.now);
	await run.scan.done;
	const terminal = new FakeTerminal(saved.cols, saved.rows);
	const writer = createFrameWriter(terminal as unknown as NodeJS.WriteStream);
	writer.assume(saved.frame);
	const frames: string[] = [];
	const write = writer.stdout.write.bind(writer.stdout);
	writer.stdout.write = ((chunk: string, ...rest: never[]) => {
		if (chunk !== '') frames.push(chunk);
		return write(chunk, ...rest);
	}) as typeof writer.stdout.write;
	const refreshing = run.control.refreshIfStale(30 * MINUTE);
	const keys = new FakeKeys();
	const instance = render(<App source={run.source} store={run.store} scan={run.scan} feeds={run.control} size={{columns: saved.cols, rows: saved.rows}} />, {
		stdout: writer.stdout,
		stdin: keys as unknown as NodeJS.ReadStream,
		debug: true,
		patchConsole: false,
		exitOnCtrlC: false,
	});
	await until(() => frames.length > 0, "Ink's first frame");
	const inkSent = writer.bytesWritten();
	// What the reader waits for before it builds the search index: a frame sending nothing is drawn too.
	const framesDrawn = writer.framesDrawn();
	const refreshed = await refreshing;
	if (refreshed) await until(() => (frames.at(-1) ?? '').includes('0/2 feeds'), 'the refresh in the header');
	await until(() => keys.listenerCount('data') > 0, 'the reader to read keys');
	const beforeKey = writer.bytesWritten();
	const sentBeforeKey = terminal.bytes;
	keys.type('j');
	await until(() => writer.bytesWritten() > beforeKey, 'the frame after j');
	instance.unmount();
	// The screen: the launcher's paint (bytes, one per char), then what the program sent before the key.
	const screen = createTerminal(saved.cols, saved.rows);
	await writeTerminal(screen, Buffer.from(saved.paint, 'latin1').toString('utf8'));
	const painted = screenRows(screen);
	await writeTerminal(screen, sentBeforeKey);
	return {inkFrame: frames[0], inkSent, framesDrawn, refreshed, painted, shown: screenRows(screen), keySent: writer.bytesWritten() - beforeKey};
}

describe("a feed reader's first frame saved on the way out", () => {
	for (const [columns, rows] of [
		[80, 24],
		[40, 15],
	] as const) {
		test(`at ${columns}x${rows} is the next start's first Ink frame while the archive is fresh: Ink sends nothing over it`, async () => {
			const dataDir = folder();
			const cacheDir = folder();
			terminalOf(columns, rows, cacheDir);
			const before = Date.now();
			const saved = await firstRunLeaves(dataDir, cacheDir);
			expect(saved).not.toBeNull();
			if (saved === null) return;
			// Until the fetch just made is as old as the 30-minute interval.
			expect(saved.validUntil).toBeGreaterThanOrEqual(before + 30 * MINUTE);
			expect(saved.validUntil).toBeLessThanOrEqual(Date.now() + 30 * MINUTE);
			expect(saved.frame).toContain('Harbour Wire');
			expect(saved.frame).toContain('World');
			const next = await nextStart(dataDir, saved);
			expect(next.refreshed).toBe(false);
			expect(next.inkFrame).toBe(saved.frame);
			expect(next.inkSent).toBe(0);
			expect(next.framesDrawn).toBeGreaterThan(0);
			// The writer was counting: the next key's frame does send bytes.
			expect(next.keySent).toBeGreaterThan(0);
		});
	}

	test('is corrected only in its header when the next start does refresh (the archive went stale meanwhile)', async () => {
		const dataDir = folder();
		const cacheDir = folder();
		terminalOf(80, 24, cacheDir);
		const saved = await firstRunLeaves(dataDir, cacheDir);
		expect(saved).not.toBeNull();
		if (saved === null) return;
		// 31 minutes on, and the feeds' servers slow: the refresh stays at 0 of 2.
		const slow: Fetcher = {fetch: () => new Promise(() => undefined)};
		const next = await nextStart(dataDir, saved, {now: () => Date.now() + 31 * MINUTE, fetcher: slow});
		expect(next.refreshed).toBe(true);
		expect(next.painted[0]).toMatch(/^ newsterm › Sections +2\/3 *$/);
		expect(next.shown[0]).toMatch(/^ newsterm › Sections +0\/2 feeds · 2\/3 *$/);
		// Only the header changed: the sections and the footer stay as painted.
		expect(next.shown.slice(1)).toEqual(next.painted.slice(1));
		expect(next.inkSent).toBeGreaterThan(0);
	});

	describe('is not saved, and the one saved before is forgotten,', () => {
		const cases: [string, () => void, {failing?: string[]; subscribedAfter?: Subscription}][] = [
			['when every start refreshes (NEWSTERM_REFRESH_MINUTES=0)', () => vi.stubEnv('NEWSTERM_REFRESH_MINUTES', '0'), {}],
			[
				'when a feed was never fetched (subscribed after the refresh)',
				() => undefined,
				{subscribedAfter: {key: 'latecomer1', url: 'https://late.example/rss', title: 'Late', section: null, added: 3}},
			],
			["when a feed failed: the next start shows its error and the header's count", () => undefined, {failing: ['worldwire1']}],
		];
		test.each(cases)('%s', async (_what, setUp, options) => {
			const dataDir = folder();
			const cacheDir = folder();
			terminalOf(80, 24, cacheDir);
			const file = join(cacheDir, frameFileName(START.identity));
			expect(saveFrame(cacheDir, {...START, cols: 80, rows: 24, stamps: [], frame: 'old', paint: 'old'})).toBe(true);
			expect(existsSync(file)).toBe(true);
			setUp();
			expect(await firstRunLeaves(dataDir, cacheDir, options)).toBeNull();
			expect(existsSync(file)).toBe(false);
		});
	});
});
