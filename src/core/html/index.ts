/** HTML into the article model: a feed item's or page's body as blocks and links, and the feeds a page announces. */
export {htmlToBody} from './body.js';
export {discoverFeeds} from './discover.js';
