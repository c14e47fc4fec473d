/** Finding articles by their words: the inverted index, its snapshot for the cache, and what the reader asks of it. */
export {indexingNote, type SearchControl, type SearchProgress} from './control.js';
export {SEARCH_HEAD_ROWS, searchRows} from './rows.js';
export {NO_ANSWER, type SearchAnswer, SearchIndex} from './search-index.js';
export {loadSnapshot, type SearchSnapshot, snapshotSteps} from './snapshot.js';
