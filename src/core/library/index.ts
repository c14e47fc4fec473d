/** The articles a session knows: sources and scans, the library's sections and order, lookups, and bodies. */
export {type ArticleLoad, type BodyLoader, type BodyLookup, createBodyLoader} from './bodies.js';
export {listRows, UNREAD_LIST, unreadCounts, unreadIds, unreadTotal} from './catchup.js';
export {combineSources} from './combine.js';
export {compareNames} from './compare-names.js';
export {emptyLibraryLines} from './empty.js';
export type {FeedsAnswer, FeedsControl, RefreshProgress} from './feeds-control.js';
export {findArticle} from './find.js';
export {matchSection} from './suggest.js';
export {buildLibrary, compareNewestFirst, type Library, nextUnread, type SectionSummary, summarize, type UnreadStart, type UnreadTarget} from './library.js';
export {type ScanSession, startScan} from './scan.js';
export type {ArticleSource, OpenResult, ScanResult, SkippedItem} from './source.js';
