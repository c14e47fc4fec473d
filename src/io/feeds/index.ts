/** Feeds on the network and in the archive: refreshing subscriptions, and their items as a source of articles. */
export {type FeedReport, type RefreshDeps, refreshFeed, refreshFeeds} from './refresh.js';
export {createFeedSource, type FeedSource} from './source.js';
