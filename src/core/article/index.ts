/** The article model and everything read from its text: parsing, dates, quotations, links, safe URLs. */
/** @public core/feeds makes every item's id with it; knip ignores that folder until the fetcher uses it (issue 12). */
export {feedItemId} from './id.js';
export {folderArticleId, isFeedShaped, joinId, splitId} from './id.js';
export {formatDate, formatDateTime, formatShortDate, relativeTime} from './dates.js';
export {buildTitleIndex, normalizeTitle, resolveLinks, type TitleIndex} from './links.js';
export {metaFromParts, parseArticle} from './parse.js';
/** @public core/html finds the quotations in a feed item's paragraphs with it; knip waits for the fetcher to use core/html (issue 12). */
export {findQuotes} from './quotes.js';
export type {Article, ArticleMeta, BlockKind, Bookmark, ItemOrigin, LocalDateTime, QuoteSpan, WebLink} from './types.js';
/** @public Opening links (io/platform) checks every URL with it. */
export {safeExternalUrl} from './url.js';
