/** Find in an article, as in less: matches on the laid-out lines, moving between them, and their highlight. */
export {type LineMark, markSegments, marksIn} from './highlight.js';
export {type FindMatch, matchesIn} from './matches.js';
export {moveToMatch} from './step.js';
export type {FindState} from './types.js';
