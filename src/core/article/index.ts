/** The article model and everything read from its text: parsing, dates, quotations, links, safe URLs. */
export {feedItemId, feedSource, folderArticleId, isFeedShaped, type ItemIdentity, joinId, splitId} from './id.js';
export {formatDate, formatDateTime, relativeTime} from './dates.js';
export {buildTitleIndex, normalizeTitle, resolveLinks, type TitleIndex} from './links.js';
export {metaFromParts, parseArticle} from './parse.js';
export {type Article, type ArticleMeta, type Bookmark, type LocalDateTime, type QuoteSpan} from './types.js';
export {safeExternalUrl} from './url.js';
