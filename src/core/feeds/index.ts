/** Feeds without the network: RSS, RDF, Atom and JSON Feed text read into one model, dates made local, OPML read and written. */
export {parseOpmlText, toOpml} from './opml.js';
export {parseFeedText} from './parse.js';
export type {FeedDoc, FeedItem, ItemBody} from './types.js';
