/**
 * A cap on V8's young generation. V8 doubles it whenever enough objects have survived collections
 * since it last grew, as they do all through a cold scan building a list of 10,000 articles, and
 * lets it reach 2 x 16 MB; from there the heap's own peak was most of the program's. Node 20 cannot
 * lower that ceiling once V8 is running (--max-semi-space-size is read when the heap is set up), but
 * V8 reads its growth factor each time: after every collection the factor is set to 1 (no growth)
 * while the young generation is at the cap, and back to V8's 2 when a full collection has shrunk it.
 *
 * Measured (10k cold scan + keys, median peak RSS of 7 alternating runs, two sets): 115.9 ->
 * 105.9 MB and 116.4 -> 108.2 MB, where uncapped runs reached 127 MB. Stopping all growth after the
 * first frame saved as much but made the cold scan ~10% slower to finish; with the cap its finish
 * did not move (2.76 -> 2.69 s) and the first frame did not either, because the young generation only
 * reaches 8 MB after it. A warm 100k scan, which keeps every entry it decodes, finished later (5.5 ->
 * 6.2 s, 5 runs each).
 */
import {PerformanceObserver} from 'node:perf_hooks';
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

function youngGenerationBytes(): number {
	return getHeapSpaceStatistics().find(space => space.space_name === 'new_space')?.space_size ?? 0;
}

/**
 * Caps the young generation until the returned function is called (the bin never calls it). Entries
 * for collections arrive a moment after them, so a long synchronous burst can still take it one step
 * past the cap; the next entry holds it there until a full collection shrinks it.
 */
export function capYoungGeneration(): () => void {
	const observer = new PerformanceObserver(() => setHeld(youngGenerationBytes() >= CAP_BYTES));
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
