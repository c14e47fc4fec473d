import type {Article} from '../article/index.js';
import {createListeners} from '../async/index.js';
import type {ArticleSource} from './source.js';

/** An article body as the app holds it while and after it loads. */
export type ArticleLoad =
	| {readonly status: 'loading'}
	| {readonly status: 'ok'; readonly article: Article}
	| {readonly status: 'error'; readonly error: string};

/** Article bodies as the reader holds them: what the view model reads. A ReadonlyMap is one too. */
export interface BodyLookup {
	get(id: string): ArticleLoad | undefined;
}

/** Loads article bodies through a source, once each, and keeps the most recent few. */
export interface BodyLoader extends BodyLookup {
	/** Starts loading `id` unless it is loading or loaded; resolves with the outcome. Never rejects. */
	request(id: string): Promise<ArticleLoad>;
	/** Called after each load finishes; returns an unsubscribe. */
	subscribe(listener: () => void): () => void;
	/**
	 * Reads every finished body again (the files changed), each replacing the old one when it is in:
	 * the open article never goes back to "Loading…", and one that was deleted becomes its error.
	 */
	refresh(): void;
}

/**
 * A body loader over `source` keeping at most `keep` bodies. The reader asks for the article under
 * the list cursor as soon as the cursor rests, so Enter usually finds it parsed: one frame instead of
 * "Loading…" and then the article. The bound keeps a run down a 10,000-article list from holding
 * every body it passed.
 */
export function createBodyLoader(source: ArticleSource, keep = 32): BodyLoader {
	const loads = new Map<string, ArticleLoad>();
	const pending = new Map<string, Promise<ArticleLoad>>();
	const listeners = createListeners();
	// Map order is the recency order: a touched entry moves to the end, the first is the oldest.
	const remember = (id: string, load: ArticleLoad): void => {
		loads.delete(id);
		loads.set(id, load);
		for (const oldest of loads.keys()) {
			if (loads.size <= keep) break;
			loads.delete(oldest);
		}
	};
	const open = (id: string): Promise<ArticleLoad> =>
		source.open(id).then(
			(result): ArticleLoad => (result.ok ? {status: 'ok', article: result.article} : {status: 'error', error: result.error}),
			(error: unknown): ArticleLoad => ({status: 'error', error: error instanceof Error ? error.message : String(error)}),
		);
	const finish = (id: string, load: ArticleLoad): ArticleLoad => {
		pending.delete(id);
		remember(id, load);
		listeners.notify();
		return load;
	};
	return {
		get: id => loads.get(id),
		request(id) {
			const waiting = pending.get(id);
			if (waiting) return waiting;
			const known = loads.get(id);
			if (known) {
				remember(id, known);
				return Promise.resolve(known);
			}
			remember(id, {status: 'loading'});
			const load = open(id).then(outcome => finish(id, outcome));
			pending.set(id, load);
			return load;
		},
		subscribe: listeners.subscribe,
		refresh() {
			for (const [id, known] of loads) {
				if (pending.has(id) || known.status === 'loading') continue;
				pending.set(
					id,
					open(id).then(outcome => finish(id, outcome)),
				);
			}
		},
	};
}
