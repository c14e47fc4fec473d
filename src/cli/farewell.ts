import type {StoreStatus} from '../core/store/index.js';
import {plural, sanitizeText} from '../core/text/index.js';

/** What the reader leaves on stderr once the user's screen is back, and the exit status it implies. */
export interface Farewell {
	/** Lines for stderr, each without its newline. */
	readonly lines: readonly string[];
	/** 1 when changes were lost (the store could not be written), else 0. */
	readonly code: number;
}

/**
 * The last word of a run, reader or not: the session's notices (a damaged config moved aside, files
 * skipped), which in the reader lasted until the next key, and the changes only memory holds when the
 * store could not be written. Said after the alternate screen is gone, so the scrollback keeps it.
 */
export function farewell(status: StoreStatus, notices: readonly string[]): Farewell {
	const lines = [...status.notices, ...notices].map(notice => `newsterm: ${sanitizeText(notice)}`);
	const unsaved = status.unsaved;
	if (unsaved) {
		const parts = [
			unsaved.read > 0 ? plural(unsaved.read, 'read mark') : '',
			unsaved.bookmarks > 0 ? plural(unsaved.bookmarks, 'bookmark') : '',
			unsaved.feeds > 0 ? plural(unsaved.feeds, 'subscription') : '',
		].filter(Boolean);
		// "2 read marks, 1 bookmark and 1 subscription"
		const what = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
		lines.push(`newsterm: not saved: ${what} changed in this session could not be written to ${unsaved.path} (${unsaved.reason})`);
	}
	return {lines, code: unsaved ? 1 : 0};
}
