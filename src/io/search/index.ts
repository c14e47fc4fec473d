/** The search index kept in step with the articles in the background, and its cache file beside the list cache. */
export {searchCachePath} from './cache-file.js';
export {indexedArticles} from './find.js';
export {createSearchIndexer} from './indexer.js';
