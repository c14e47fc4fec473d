/**
 * The feed commands run in-process against a memory store, an in-memory fetcher and an archive in
 * a temporary data folder, with their streams captured as strings.
 */
import type {FeedsContext} from '../../../src/cli/feeds/context.js';
import type {Streams} from '../../../src/cli/feeds/streams.js';
import type {Subscription} from '../../../src/core/store/index.js';
import {openArchive} from '../../../src/io/archive/index.js';
import {createFeedSource} from '../../../src/io/feeds/index.js';
import {createMemoryFetcher, type MemoryFetcher} from '../../doubles/memory-fetcher.js';
import {createMemoryStore, type MemoryStore} from '../../doubles/memory-store.js';
import {tempDir} from '../../helpers/bin.js';

/** Streams whose output is kept: what a command printed on stdout and stderr. */
export interface CapturedStreams extends Streams {
	readonly stdout: string;
	readonly stderr: string;
}

/** Streams for a pipe (columns null) or a terminal `columns` wide; stdin holds `input`. */
export function captureStreams(options: {columns?: number | null; stderrIsTTY?: boolean; input?: string | Uint8Array} = {}): CapturedStreams {
	let stdout = '';
	let stderr = '';
	return {
		async out(text) {
			stdout += text;
		},
		err(text) {
			stderr += text;
		},
		columns: options.columns ?? null,
		stderrIsTTY: options.stderrIsTTY ?? false,
		async stdin(maxBytes) {
			const bytes = Buffer.from(options.input ?? '');
			if (bytes.length > maxBytes) throw new Error('too much input');
			return bytes;
		},
		get stdout() {
			return stdout;
		},
		get stderr() {
			return stderr;
		},
	};
}

/** One test's feeds side: the context the commands take, and its parts. */
export interface FeedsHarness {
	readonly feeds: FeedsContext;
	readonly store: MemoryStore;
	readonly fetcher: MemoryFetcher;
	readonly dataDir: string;
	/** Removes the data folder. */
	remove(): void;
}

/** A fresh harness over an empty store (or `store`) and an empty data folder. */
export function feedsHarness(store: MemoryStore = createMemoryStore()): FeedsHarness {
	const data = tempDir('newsterm-feeds-');
	const archive = openArchive(data.path);
	const fetcher = createMemoryFetcher();
	// The order openFeeds gives: by the time added, then by key.
	const subscriptions = (): Subscription[] => [...store.snapshot().feeds.values()].sort((a, b) => a.added - b.added || (a.key < b.key ? -1 : 1));
	const feeds: FeedsContext = {store, archive, feedSource: createFeedSource(archive, subscriptions), fetcher: () => fetcher, subscriptions};
	return {feeds, store, fetcher, dataDir: data.path, remove: data.remove};
}
