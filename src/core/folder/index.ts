/** What counts as an article in a folder, and the words used when a file is skipped. Pure. */
export {
	errorReason,
	formatBytes,
	GONE_REASON,
	isArticleName,
	isHidden,
	isInside,
	isWorthReporting,
	MAX_ARTICLE_BYTES,
	notRegularReason,
	tooLargeReason,
} from './rules.js';
