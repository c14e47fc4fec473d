/**
 * A query's results as the lists' rows: the ids the index found, as the library lists them now (an
 * article gone since it was indexed is left out). Kept from one frame to the next while the query,
 * the index and the library stay the same: the view model asks on every key and every frame.
 */
import type {ArticleMeta} from '../article/index.js';
import type {Library} from '../library/index.js';
import type {SearchControl} from './control.js';
import type {SearchAnswer} from './search-index.js';

/** Rows the search screen draws above its results: the query, and what the results are. */
export const SEARCH_HEAD_ROWS = 2;

let last: {readonly answer: SearchAnswer; readonly library: Library; readonly rows: readonly ArticleMeta[]} | null = null;

/** The rows for a query; none without a search (a reader started without one). */
export function searchRows(control: SearchControl | undefined, library: Library, query: string): readonly ArticleMeta[] {
	if (!control) return [];
	const answer = control.search(query);
	if (last && last.answer === answer && last.library === library) return last.rows;
	const rows: ArticleMeta[] = [];
	for (const id of answer.ids) {
		const meta = library.get(id);
		if (meta) rows.push(meta);
	}
	last = {answer, library, rows};
	return rows;
}
