/**
 * Keeps the search index in step with the articles, in the background: it loads the cached index,
 * indexes what is new or changed and forgets what is gone (never all again), reads bodies a few per
 * turn of the event loop so keys stay responsive (as io/feeds/turns.ts does for a refresh), and saves
 * the index once it is complete. The reader sees it as a core SearchControl.
 */
import {createListeners} from '../../core/async/index.js';
import type {ArticleMeta} from '../../core/article/index.js';
import type {ArticleSource} from '../../core/library/index.js';
import {loadSnapshot, NO_ANSWER, type SearchAnswer, type SearchControl, SearchIndex, type SearchProgress, snapshotSteps} from '../../core/search/index.js';
import {readSearchCache, saveSearchCache} from './cache-file.js';

/** What the indexer reads and where it keeps the index. */
export interface IndexerOptions {
	readonly source: Pick<ArticleSource, 'open'>;
	/** The articles as listed now. */
	readonly articles: () => readonly ArticleMeta[];
	/** The cache file, or null for none (tests, a cache folder that cannot be written). */
	readonly cacheFile: string | null;
	/** What an article is indexed at: a changed stamp indexes it again. Defaults to its date and title. */
	readonly stampOf?: (meta: ArticleMeta) => string;
	/** Bodies read per turn of the event loop. */
	readonly batch?: number;
	/** The least time between two "the index grew" notices while it builds. */
	readonly notifyMs?: number;
	/** Told when the cache could not be saved (the index still works). */
	readonly onSaveError?: (message: string) => void;
}

/** The search the reader and `newsterm search` use. */
export interface SearchIndexer extends SearchControl {
	/** Loads the cache and indexes what changed; resolves when every article listed is indexed. */
	start(): Promise<void>;
	/** The list changed (a rescan, a refresh): index what is new or changed, forget what is gone. */
	sync(): void;
	/** Stops after the piece in hand; nothing more is read or saved. */
	stop(): void;
}

const turn = (): Promise<void> => new Promise(resolve => setImmediate(resolve));
const defaultStamp = (meta: ArticleMeta): string => `${meta.updated ?? ''}|${meta.title}`;

/** An indexer over a source's articles. Nothing happens until `start`. */
export function createSearchIndexer(options: IndexerOptions): SearchIndexer {
	const stampOf = options.stampOf ?? defaultStamp;
	const batch = options.batch ?? 16;
	const notifyMs = options.notifyMs ?? 200;
	const listeners = createListeners();
	let index = new SearchIndex();
	let loaded = false;
	let stopped = false;
	let queue: ArticleMeta[] = [];
	let inFlight = 0;
	let total = 0;
	let changed = false;
	let running: Promise<void> | null = null;
	let started: Promise<void> | null = null;
	let progress: SearchProgress = {indexed: 0, total: 0, complete: false};
	let version = 0;
	let memo: {query: string; version: number; answer: SearchAnswer} | null = null;
	let lastNotice = 0;

	const tell = (force: boolean): void => {
		const indexed = Math.max(0, total - queue.length - inFlight);
		const complete = loaded && queue.length === 0 && inFlight === 0;
		// A new object whenever the index changed, counts or not: the reader draws the results again on it.
		progress = {indexed, total, complete};
		const now = Date.now();
		if (!force && now - lastNotice < notifyMs) return;
		lastNotice = now;
		listeners.notify();
	};

	const sync = (): void => {
		if (!loaded || stopped) return;
		const metas = options.articles();
		const listed = new Set<string>();
		for (const meta of metas) listed.add(meta.id);
		for (const id of index.idList()) {
			if (listed.has(id)) continue;
			index.remove(id);
			changed = true;
			version++;
		}
		queue = metas.filter(meta => index.stampOf(meta.id) !== stampOf(meta));
		total = metas.length;
		tell(true);
		running ??= work().finally(() => {
			running = null;
		});
	};

	async function work(): Promise<void> {
		while (queue.length > 0 && !stopped) {
			const pieces = queue.splice(0, batch);
			inFlight = pieces.length;
			const opened = await Promise.all(pieces.map(meta => options.source.open(meta.id)));
			if (stopped) return;
			for (const [i, meta] of pieces.entries()) {
				const result = opened[i];
				// An article that cannot be read is found by its title, and not read again until it changes.
				const body = result?.ok ? result.article.paragraphs.join('\n') : '';
				index.add({id: meta.id, title: meta.title, body, updated: meta.updated, stamp: stampOf(meta)});
			}
			inFlight = 0;
			changed = true;
			version++;
			tell(queue.length === 0);
			await turn();
		}
		if (changed && !stopped && options.cacheFile) {
			changed = false;
			const steps = snapshotSteps(index);
			let next = steps.next();
			while (!next.done) {
				await turn();
				if (stopped) return;
				next = steps.next();
			}
			const error = await saveSearchCache(options.cacheFile, next.value);
			if (error) options.onSaveError?.(error);
		}
	}

	async function load(): Promise<void> {
		const parts = options.cacheFile ? await readSearchCache(options.cacheFile) : null;
		if (parts) {
			try {
				const docs: unknown = JSON.parse(parts.docs);
				await turn();
				const words: unknown = JSON.parse(parts.words);
				await turn();
				const head = typeof docs === 'object' && typeof words === 'object' ? {...docs, ...words} : null;
				const steps = loadSnapshot(head, parts.postings);
				let next = steps.next();
				while (!next.done && !stopped) {
					await turn();
					next = steps.next();
				}
				// A damaged cache is built again from the articles, never an error.
				if (next.done && next.value) index = next.value;
			} catch {
				index = new SearchIndex();
			}
		}
		loaded = true;
		version++;
	}

	return {
		subscribe: listeners.subscribe,
		progress: () => progress,
		search(query) {
			if (memo && memo.query === query && memo.version === version) return memo.answer;
			const answer = query.trim() === '' ? NO_ANSWER : index.search(query);
			memo = {query, version, answer};
			return answer;
		},
		start() {
			started ??= (async () => {
				total = options.articles().length;
				progress = {indexed: 0, total, complete: false};
				await load();
				sync();
				while (running) await running;
				// Two throwaway queries once the index is complete, while nobody types: the first keys of a
				// search otherwise ran the query on cold code, several times slower than the keys after
				// them (docs/performance.md#search).
				if (!stopped) for (const warm of ['e', 'a t']) index.search(warm);
			})();
			return started;
		},
		sync,
		stop() {
			stopped = true;
		},
	};
}
