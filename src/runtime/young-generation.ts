/**
 * A cap on V8's young generation. V8 doubles it whenever enough objects have survived collections
 * since it last grew, as they do all through a cold scan building a list of 10,000 articles, and
 * lets it reach 2 x 16 MB; from there the heap's own peak was most of the program's. Node 20 cannot
 * lower that ceiling once V8 is running (--max-semi-space-size is read when the heap is set up), but
 * V8 reads its growth factor each time: after every collection the factor is set to 1 (no growth)
 * while the young generation is at the cap, and back to V8's 2 when a full collection has shrunk it.
 *
 * The cap is 8 MB, or a quarter of what the old generation held after its last full collection if
 * that is more: beside a large library the young generation is a small share of memory, and holding
 * it only costs collections.
 *
 * The cap lowers the peak of a cold scan with keys and moves neither the first frame (the young
 * generation only reaches 8 MB after it) nor the end of the scan. Stopping all growth after the first
 * frame saved as much memory but slowed the scan, and so did a flat 8 MB cap beside a large library,
 * which the share of the old generation undoes. Figures: docs/performance.md#young-generation.
 */
import {constants, PerformanceObserver, type PerformanceEntry} from 'node:perf_hooks';
import {getHeapSpaceStatistics, setFlagsFromString} from 'node:v8';

/** Both semi-spaces together, as V8 reports the new space's size (a power of two). */
const CAP_BYTES = 8 * 1024 * 1024;
/** V8's own default for --semi-space-growth-factor. */
const DEFAULT_GROWTH = 2;

let held = false;

function setHeld(hold: boolean): void {
	if (hold === held) return;
	held = hold;
	setFlagsFromString(`--semi-space-growth-factor=${hold ? 1 : DEFAULT_GROWTH}`);
}

/** Whether a `gc` entry is a full collection (Node puts its kind in `detail`). */
function isFull(entry: PerformanceEntry): boolean {
	const {detail} = entry as PerformanceEntry & {readonly detail?: {readonly kind?: number} | null};
	return detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR;
}

/**
 * Caps the young generation until the returned function is called (the bin never calls it). Entries
 * for collections arrive a moment after them, so a long synchronous burst can still take it one step
 * past the cap; the next entry holds it there until a full collection shrinks it.
 */
export function capYoungGeneration(): () => void {
	// Right after a full collection, what the old generation uses is what is alive in it.
	let liveOld = 0;
	const observer = new PerformanceObserver(list => {
		const full = list.getEntries().some(isFull);
		let young = 0;
		for (const space of getHeapSpaceStatistics()) {
			if (space.space_name === 'new_space') young = space.space_size;
			else if (full && space.space_name === 'old_space') liveOld = space.space_used_size;
		}
		setHeld(young >= Math.max(CAP_BYTES, liveOld / 4));
	});
	observer.observe({entryTypes: ['gc']});
	return () => {
		observer.disconnect();
		setHeld(false);
	};
}

/**
 * Runs `action` under V8's default growth factor, then puts the cap's choice back. V8 stamps saved
 * code with a hash of its flags and refuses, at start, code stamped under other flags than its own:
 * code must be saved under the flags the next start compiles with.
 */
export function withStartFlags<T>(action: () => T): T {
	const was = held;
	setHeld(false);
	try {
		return action();
	} finally {
		setHeld(was);
	}
}
