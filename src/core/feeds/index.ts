/** Feeds without the network: RSS, RDF, Atom and JSON Feed text read into one model and dates made local. */
export {feedDateEpoch, toLocalDateTime} from './dates.js';
export {UNTITLED} from './normalize.js';
export {parseFeedText} from './parse.js';
export type {FeedDoc, FeedItem, FeedResult} from './types.js';
