/**
 * When the store writes (src/io/store/timers.ts): after its debounce, put off while keys come, but
 * never longer than MAX_DEFER_MS after the change.
 */
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {MAX_DEFER_MS, QUIET_MS as QUIET, StoreTimers} from '../../../src/io/store/timers.js';

describe('StoreTimers', () => {
	let lastKey: number;
	let writes: number[];
	let timers: StoreTimers;
	beforeEach(() => {
		vi.useFakeTimers({now: 0});
		lastKey = -Infinity;
		writes = [];
		timers = new StoreTimers(
			300,
			1000,
			() => writes.push(Date.now()),
			() => lastKey,
		);
	});
	afterEach(() => {
		timers.stop();
		vi.useRealTimers();
	});

	it('writes once, after the debounce, when no key is pressed', () => {
		timers.schedule();
		timers.schedule();
		vi.advanceTimersByTime(299);
		expect(writes).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(writes).toEqual([300]);
	});

	it('waits for the keys to pause, then writes', () => {
		timers.schedule();
		// A key every 100 ms until 1 s, then none.
		for (let t = 100; t <= 1000; t += 100) {
			vi.advanceTimersByTime(100);
			lastKey = Date.now();
		}
		expect(writes).toEqual([]);
		vi.advanceTimersByTime(QUIET - 1);
		expect(writes).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(writes).toEqual([1000 + QUIET]);
	});

	it('writes after MAX_DEFER_MS however long the keys go on', () => {
		timers.schedule();
		for (let t = 0; t <= 2 * MAX_DEFER_MS; t += 50) {
			lastKey = Date.now();
			vi.advanceTimersByTime(50);
			if (writes.length > 0) break;
		}
		expect(writes).toEqual([MAX_DEFER_MS]);
	});

	it('writes at once on a failure retry that is already overdue, and never after stop', () => {
		timers.schedule();
		vi.advanceTimersByTime(300);
		timers.failed();
		vi.advanceTimersByTime(1000);
		expect(writes).toEqual([300, 1300]);
		timers.schedule();
		timers.stop();
		vi.advanceTimersByTime(10_000);
		expect(writes).toEqual([300, 1300]);
	});
});
