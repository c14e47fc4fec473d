/**
 * What the store has to tell the user, kept so that `status()` returns the same object until
 * something changes (the UI may compare it between renders).
 */
import type {StoreStatus} from '../../core/store/index.js';

/** Notices (each said once) and the current save error. */
export class StatusBox {
	readonly #notices: string[] = [];
	readonly #said = new Set<string>();
	#saveError: string | null = null;
	#status: StoreStatus | null = null;

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

	/** Sets or clears (null) the save error. */
	saveError(text: string | null): void {
		if (this.#saveError === text) return;
		this.#saveError = text;
		this.#status = null;
	}

	/** The status, the same object while nothing changed. */
	get(): StoreStatus {
		this.#status ??= {notices: [...this.#notices], saveError: this.#saveError};
		return this.#status;
	}
}
