/**
 * A query's results as the lists' rows: the ids the index found, as the library lists them now (an
 * article gone since it was indexed is not drawn). Only the rows asked for are made: the view model
 * asks for the window on screen, so a key costs the query and a screenful, not a row per result
 * (100,000 rows made and dropped per key were most of a key's time at 100,000 articles,
 * docs/performance.md#search). Kept from one frame to the next while the answer and the library stay.
 */
import type {ArticleMeta} from '../article/index.js';
import type {Library} from '../library/index.js';
import type {SearchControl} from './control.js';
import type {SearchAnswer} from './search-index.js';

/** Rows the search screen draws above its results: the query, and what the results are. */
export const SEARCH_HEAD_ROWS = 2;

/** The results of one query, counted without being made. */
export interface SearchRows {
	/** How many results the index has (see rowsOf on articles gone from the library). */
	readonly total: number;
	/** The row at `i` (from 0), or undefined past the end. */
	at(i: number): ArticleMeta | undefined;
	/** Up to `count` rows from `start`: the ones on screen. */
	window(start: number, count: number): ArticleMeta[];
}

const NO_ROWS: SearchRows = {total: 0, at: () => undefined, window: () => []};

/**
 * No lookup per result: a library lookup per found id was ~3 µs, and 100,000 of them on every key
 * were most of a key's time at 100,000 articles (a profile, docs/performance.md#search). The count is
 * the index's: the indexer drops an article the library no longer lists on the scan that drops it
 * (SearchIndexer.sync), so a count that still holds a gone article lasts until that scan's update.
 */
function rowsOf(answer: SearchAnswer, library: Library): SearchRows {
	const at = (i: number): ArticleMeta | undefined => {
		const id = answer.idAt(i);
		return id === undefined ? undefined : library.get(id);
	};
	return {
		total: answer.count,
		at,
		window(start, count) {
			const rows: ArticleMeta[] = [];
			for (let i = Math.max(0, start); i < Math.min(answer.count, start + count); i++) {
				const meta = at(i);
				// Gone since it was indexed: left out, never drawn as a row the library cannot open.
				if (meta) rows.push(meta);
			}
			return rows;
		},
	};
}

let last: {readonly answer: SearchAnswer; readonly library: Library; readonly rows: SearchRows} | null = null;

/** The rows for a query; none without a search (a reader started without one). */
export function searchRows(control: SearchControl | undefined, library: Library, query: string): SearchRows {
	if (!control) return NO_ROWS;
	const answer = control.search(query);
	if (last && last.answer === answer && last.library === library) return last.rows;
	const rows = rowsOf(answer, library);
	last = {answer, library, rows};
	return rows;
}
