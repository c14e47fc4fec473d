/** A find in the open article, as the reader's state keeps it. */

/** The pattern, which article it is in, and the match last moved to. */
export interface FindState {
	/** The article the find is in: opening another one leaves it behind. */
	readonly id: string;
	readonly pattern: string;
	/** The index of the match Enter, `n` or `N` moved to; null until then, and while typing. */
	readonly current: number | null;
	/** The prompt is open: keys go to the input, and `kept` is the find to go back to if Esc cancels it. */
	readonly typing: boolean;
	readonly kept?: {readonly pattern: string; readonly current: number | null};
}
