/** The reading store's model and file format: marks, bookmarks, merging two writers, migrations. Pure. */
export {type DecodedFile, type ParsedText, parseStoreText, STORE_VERSION} from './codec.js';
export {type Place, samePlace} from './places.js';
export type {ReadingStore, StoreSnapshot, StoreStatus} from './reading-store.js';
export {StoreSync} from './sync.js';
export type {Subscription} from './subscriptions.js';
