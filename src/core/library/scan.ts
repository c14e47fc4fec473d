import type {ArticleSource, ScanResult} from './source.js';
import type {ArticleMeta} from '../article/index.js';
import {createListeners} from '../async/index.js';

/**
 * A scan in progress, started as early as possible (the CLI starts it before Ink is even loaded, so
 * reading the list cache overlaps loading the code) and watched by the reader.
 */
export interface ScanSession {
	/** The articles published so far; the same array until the next publication. */
	articles(): readonly ArticleMeta[];
	/** Whether the scan has finished. */
	finished(): boolean;
	/** Called after each publication; returns an unsubscribe. */
	subscribe(listener: () => void): () => void;
	readonly done: Promise<ScanResult>;
	/** Resolves at the first publication (a warm cache's list, a cold scan's first batch) or at the end. */
	readonly firstList: Promise<void>;
	/**
	 * Lists the source again once the first scan is done (its folders changed) and publishes the new
	 * list. Calls while one runs are folded into one more run after it, so a burst of changes costs
	 * at most two scans. Resolves when the list is current; a failed rescan keeps the old list.
	 */
	rescan(): Promise<void>;
	/** When the scan started (the clock's time): a folder changed since may hold what it missed. */
	readonly startedAt: number;
}

/**
 * How long batches must pause before what has come is published anyway.
 * @internal Tests use it; the program does not.
 */
export const PAUSE_MS = 100;

/** Whether two lists hold the same articles with the same list fields, in the same order. */
function sameList(a: readonly ArticleMeta[], b: readonly ArticleMeta[]): boolean {
	if (a.length !== b.length) return false;
	return a.every((meta, i) => {
		const other = b[i];
		return (
			other !== undefined &&
			meta.id === other.id &&
			meta.title === other.title &&
			meta.section === other.section &&
			meta.updated === other.updated &&
			meta.dateAmbiguous === other.dateAmbiguous
		);
	});
}

/**
 * Starts a scan. Each publication makes the reader rebuild and re-sort its library, so batches are
 * published when the list has doubled or a second has passed: O(n log n) in all, where publishing
 * every batch would be O(n²) (a cold 100,000-article scan never finished that way:
 * docs/performance.md#scan-publish).
 */
export function startScan(source: ArticleSource, clock: () => number = Date.now): ScanSession {
	const gathered: ArticleMeta[] = [];
	let published: readonly ArticleMeta[] = [];
	const startedAt = clock();
	let publishedAt = startedAt;
	let finished = false;
	const listeners = createListeners();
	let listed = (): void => undefined;
	const firstList = new Promise<void>(resolve => {
		listed = resolve;
	});
	const publish = (list: readonly ArticleMeta[]): void => {
		listed();
		published = list;
		publishedAt = clock();
		listeners.notify();
	};
	// Batches that did not double the list are published once batches pause: the rest of a warm
	// cache would otherwise wait for the whole folder walk (seconds at 100,000 files) to be shown.
	let trailing: ReturnType<typeof setTimeout> | undefined;
	const settle = (): void => {
		clearTimeout(trailing);
		trailing = undefined;
	};
	const done = source
		.scan(batch => {
			// A loop, not push(...batch): a cached list of 100,000 would overflow the argument limit.
			for (const meta of batch) gathered.push(meta);
			settle();
			if (gathered.length >= 2 * published.length || clock() - publishedAt >= 1000) publish(gathered.slice());
			else
				trailing = setTimeout(() => {
					trailing = undefined;
					if (!finished && gathered.length > published.length) publish(gathered.slice());
				}, PAUSE_MS);
		})
		.then(result => {
			settle();
			finished = true;
			publish(result.articles);
			return result;
		});
	// A failed scan still ends the wait for a first list; the reader shows the failure.
	done.catch(() => {
		settle();
		listed();
	});
	let running: Promise<void> | null = null;
	let again = false;
	const runRescans = async (): Promise<void> => {
		await done.catch(() => undefined);
		do {
			again = false;
			const result = await source.scan().catch(() => null);
			// An unchanged list is not published: every publication rebuilds the reader's library.
			if (result && !sameList(result.articles, published)) publish(result.articles);
		} while (again);
		running = null;
	};
	return {
		articles: () => published,
		finished: () => finished,
		subscribe: listeners.subscribe,
		done,
		firstList,
		startedAt,
		rescan() {
			if (running) {
				again = true;
				return running;
			}
			running = runRescans();
			return running;
		},
	};
}
