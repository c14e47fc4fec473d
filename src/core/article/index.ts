/** The article model and everything read from its text: parsing, dates, quotations, links, safe URLs. */
export {feedItemId, feedSource, folderArticleId, isFeedShaped, joinId, splitId} from './id.js';
export {DATE_TOKENS, type DateFormat, headerDate, listDate, listDateWidth, unknownDateTokens} from './date-format.js';
export {formatDateTime} from './dates.js';
export {buildTitleIndex, normalizeTitle, resolveLinks, type TitleIndex} from './links.js';
export {metaFromParts, parseArticle} from './parse.js';
export {findQuotes} from './quotes.js';
export type {Article, ArticleMeta, BlockKind, Bookmark, ItemOrigin, LocalDateTime, MoreItem, QuoteSpan, WebLink} from './types.js';
/** @public Opening links (io/platform) checks every URL with it. */
export {safeExternalUrl} from './url.js';
