/** Finding articles by their words: the inverted index, its snapshot for the cache, and what the reader asks of it. */
export {indexingNote, NO_PROGRESS, type SearchControl, type SearchProgress} from './control.js';
export {foldWords, parseQuery} from './fold.js';
export {SEARCH_HEAD_ROWS, searchRows} from './rows.js';
export {NO_ANSWER, type SearchAnswer, type SearchDoc, SearchIndex} from './search-index.js';
export {fromSnapshot, loadSnapshot, type SearchSnapshot, snapshotSteps, toSnapshot} from './snapshot.js';
