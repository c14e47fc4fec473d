/** Feeds on the network and in the archive: refreshing subscriptions, adding one, reader mode, the reader's control over them, and their items as a source of articles. */
export {addFeed} from './add.js';
export {createFeedsControl} from './control.js';
export {fetchFullText} from './reader-mode.js';
export {type FeedReport, refreshFeeds} from './refresh.js';
export {createFeedSource, type FeedSource} from './source.js';
