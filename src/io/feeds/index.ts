/** Feeds on the network and in the archive: subscribing, refreshing subscriptions, and their items as a source of articles. */
export {type AddDeps, type AddResult, addFeed} from './add.js';
export {type FeedReport, type RefreshDeps, refreshFeed, refreshFeeds} from './refresh.js';
export {createFeedSource, type FeedSource} from './source.js';
