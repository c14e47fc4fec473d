/**
 * Finds the one terminal scroll that saves the most bytes when turning the screen into the next frame.
 * Rows are compared as small integers (one id per distinct line), so a 200-row frame costs a few
 * tens of thousands of integer comparisons.
 */

/** A scroll of rows `top..bottom` (0-based, inclusive) by `shift` rows: positive moves text up. */
export interface ScrollPlan {
	readonly top: number;
	readonly bottom: number;
	readonly shift: number;
}

/** What the planner needs to know about each row. */
export interface ScrollInput {
	/** Line id per row now on screen. */
	readonly screen: readonly number[];
	/** Line id per row in the next frame. */
	readonly next: readonly number[];
	/** Bytes to make each row right without scrolling (0 where it already is). */
	readonly rewriteCost: readonly number[];
	/** Bytes to write each row's next line onto a blank row (0 where the next line is blank). */
	readonly blankCost: readonly number[];
	/** Bytes of the escape sequences for a scroll. */
	readonly overhead: (plan: ScrollPlan) => number;
}

const prefixSums = (values: readonly number[]): number[] => {
	const sums = [0];
	for (const value of values) sums.push((sums[sums.length - 1] ?? 0) + value);
	return sums;
};

/**
 * The scroll with the largest saving, or undefined when no scroll sends fewer bytes than rewriting.
 * Only rows that already hold their next line after the move are counted as saved; the rows a scroll
 * exposes are charged as writes onto blank rows, so the caller can rewrite everything else blindly.
 */
export function planScroll(input: ScrollInput): ScrollPlan | undefined {
	const {screen, next, rewriteCost, blankCost, overhead} = input;
	const rows = next.length;
	const rewrite = prefixSums(rewriteCost);
	const exposedDelta = prefixSums(blankCost.map((cost, row) => cost - (rewriteCost[row] ?? 0)));
	const sum = (sums: readonly number[], from: number, to: number): number => (sums[to + 1] ?? 0) - (sums[from] ?? 0);
	let best: ScrollPlan | undefined;
	let bestChange = 0;
	const consider = (plan: ScrollPlan, movedFrom: number, movedTo: number, exposedFrom: number, exposedTo: number): void => {
		const change = overhead(plan) - sum(rewrite, movedFrom, movedTo) + sum(exposedDelta, exposedFrom, exposedTo);
		if (change < bestChange) {
			bestChange = change;
			best = plan;
		}
	};
	for (let k = 1; k < rows; k++) {
		// Up by k: row i shows what row i+k showed. Down by k: row i shows what row i-k showed.
		for (const direction of [1, -1] as const) {
			let row = direction === 1 ? 0 : k;
			const end = direction === 1 ? rows - k : rows;
			while (row < end) {
				if (next[row] !== screen[row + direction * k]) {
					row++;
					continue;
				}
				let first = -1;
				let last = -1;
				const start = row;
				for (; row < end && next[row] === screen[row + direction * k]; row++) {
					if (next[row] === screen[row]) continue;
					if (first < 0) first = row;
					last = row;
				}
				if (first < 0) continue;
				if (direction === 1) {
					// Starting the region at the first changed row is never worse; where it ends decides
					// which rows come up blank, so try both the tight and the full run.
					for (const to of new Set([last, row - 1])) consider({top: first, bottom: to + k, shift: k}, first, to, to + 1, to + k);
				} else {
					for (const from of new Set([first, start])) consider({top: from - k, bottom: last, shift: -k}, from, last, from - k, from - 1);
				}
			}
		}
	}
	return best;
}
