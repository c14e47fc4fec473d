/** Feeds on the network and in the archive: refreshing subscriptions, adding one, reader mode, the reader's control over them, and their items as a source of articles. */
export {createFeedsControl} from './control.js';
export {addFeed, fetchFullText, refreshFeeds} from './lazy.js';
export type {FeedReport} from './refresh.js';
export {createFeedSource, type FeedSource} from './source.js';
