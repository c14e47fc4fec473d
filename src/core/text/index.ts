/** Untrusted text made safe and measured: decoding bytes, the one sanitizer, cell widths, wrapping and fitting; counts and system errors in words. */
export {decodeHeadTail} from './decode-parts.js';
export {decodeText, type TextEncoding} from './decode.js';
export {errnoWords} from './errno-words.js';
export {fit, spread, truncate} from './fit.js';
export {memoize} from './memo.js';
export {isNarrow} from './narrow.js';
export {plural, pluralWord} from './plural.js';
export {sanitizeText} from './sanitize.js';
export {cachedCellWidth, cellWidth, graphemes, wrapRanges, wrapText} from './wrap.js';
