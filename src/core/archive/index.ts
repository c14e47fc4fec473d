/** The offline archive's model: each feed's kept items and fetch state, the small listing the lists read, merging a fetch in, and items as articles. Pure. */
export {decodeFeed, encodeFeed} from './codec.js';
export {decodeListing, encodeListing, type FeedListing, listingOf} from './listing.js';
export {mergeFetched} from './merge.js';
export {feedArticles, sectionOf} from './sections.js';
export {type ArchivedFeed, type ArchivedItem, emptyFeed, type FetchState} from './types.js';
