/** Feeds without the network: RSS, RDF, Atom and JSON Feed text read into one model, dates made local, OPML read and written. */
export {feedDateEpoch, toLocalDateTime} from './dates.js';
export {UNTITLED} from './normalize.js';
export {parseOpmlText, toOpml} from './opml.js';
export {parseFeedText} from './parse.js';
export type {FeedDoc, FeedItem, FeedResult, ItemBody, OpmlOutline, OpmlResult} from './types.js';
