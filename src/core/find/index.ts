/** Find in an article, as in less: matches on the laid-out lines, moving between them, and their highlight. */
export {type LineMark, type MarkedSegment, markSegments, marksIn} from './highlight.js';
export {caseSensitive, type FindMatch, findMatches, matchesIn} from './matches.js';
export {firstFrom, type FindMove, type MatchStep, moveToMatch, scrollFor, stepFrom, wrapNotice} from './step.js';
export type {FindState} from './types.js';
