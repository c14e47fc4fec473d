import type {StoreStatus} from '../core/store/index.js';
import {plural} from '../core/text/index.js';

/** What the reader leaves on stderr once the user's screen is back, and the exit status it implies. */
export interface Farewell {
	/** Lines for stderr, each without its newline. */
	readonly lines: readonly string[];
	/** 1 when changes were lost (the store could not be written), else 0. */
	readonly code: number;
}

/**
 * The reader's last word: while it ran, notices flashed by in one footer row and changes may have
 * stayed in memory; after the alternate screen is gone, the terminal's scrollback keeps what is said here.
 */
export function farewell(status: StoreStatus): Farewell {
	const lines: string[] = [];
	const unsaved = status.unsaved;
	if (unsaved) {
		const what = [unsaved.read > 0 ? plural(unsaved.read, 'read mark') : '', unsaved.bookmarks > 0 ? plural(unsaved.bookmarks, 'bookmark') : '']
			.filter(Boolean)
			.join(' and ');
		lines.push(`newsterm: not saved: ${what} changed in this session could not be written to ${unsaved.path} (${unsaved.reason})`);
	}
	return {lines, code: unsaved ? 1 : 0};
}
