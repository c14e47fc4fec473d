/**
 * What the store has to tell the user, kept so that `status()` returns the same object until
 * something changes (the UI may compare it between renders).
 */
import type {StoreStatus} from '../../core/store/index.js';

/** What kind of user change is counted while it is only in memory; reading places are not told. */
export type ChangeKind = 'read' | 'bookmark' | 'feed';

/** Notices (each said once), the current save error, and the changes not yet written. */
export class StatusBox {
	readonly #notices: string[] = [];
	readonly #said = new Set<string>();
	// Ids, not counts: toggling one bookmark ten times is one unsaved bookmark.
	readonly #unsavedRead = new Set<string>();
	readonly #unsavedBookmarks = new Set<string>();
	readonly #unsavedFeeds = new Set<string>();
	#saveError: string | null = null;
	#reason = '';
	#status: StoreStatus | null = null;

	constructor(readonly path: () => string) {}

	/** Adds a notice for the user. */
	notice(text: string): void {
		this.#notices.push(text);
		this.#status = null;
	}

	/** True the first time `key` is seen: a damage that cannot be repaired yet is reported once. */
	firstTime(key: string): boolean {
		if (this.#said.has(key)) return false;
		this.#said.add(key);
		return true;
	}

	/** Sets the save error from why the write failed, or clears it (null); true when whether there is one changed (the UI shows it). */
	saveError(reason: string | null): boolean {
		const text = reason === null ? null : `Cannot save ${this.path()}: ${reason}. Changes are kept in memory; retrying.`;
		if (this.#saveError === text) return false;
		this.#reason = reason ?? '';
		const flipped = (this.#saveError === null) !== (text === null);
		this.#saveError = text;
		this.#status = null;
		return flipped;
	}

	/** Records a change made in memory, not yet written. */
	changed(kind: ChangeKind, id: string): void {
		const set = kind === 'read' ? this.#unsavedRead : kind === 'bookmark' ? this.#unsavedBookmarks : this.#unsavedFeeds;
		if (set.has(id)) return;
		set.add(id);
		this.#status = null;
	}

	/** Everything changed so far is on disk now. */
	saved(): void {
		if (this.#unsavedRead.size === 0 && this.#unsavedBookmarks.size === 0 && this.#unsavedFeeds.size === 0) return;
		this.#unsavedRead.clear();
		this.#unsavedBookmarks.clear();
		this.#unsavedFeeds.clear();
		this.#status = null;
	}

	/** The status, the same object while nothing changed. */
	get(): StoreStatus {
		this.#status ??= {notices: [...this.#notices], saveError: this.#saveError, unsaved: this.#unsaved()};
		return this.#status;
	}

	#unsaved(): StoreStatus['unsaved'] {
		const read = this.#unsavedRead.size;
		const bookmarks = this.#unsavedBookmarks.size;
		const feeds = this.#unsavedFeeds.size;
		return this.#saveError === null || read + bookmarks + feeds === 0 ? null : {read, bookmarks, feeds, path: this.path(), reason: this.#reason};
	}
}
