/**
 * The young generation's cap (src/runtime/young-generation.ts). V8's flags are global to the process;
 * vitest runs each test file in a fork of its own, so this file's flag changes stay here.
 */
import {getHeapSpaceStatistics} from 'node:v8';
import {Script} from 'node:vm';
import {describe, expect, it} from 'vitest';
import {capYoungGeneration, withStartFlags} from '../../src/runtime/young-generation.js';

const MB = 1024 * 1024;
const youngBytes = (): number => getHeapSpaceStatistics().find(space => space.space_name === 'new_space')!.space_size;
const turn = (): Promise<void> => new Promise(resolve => setTimeout(resolve, 5));
let kept: unknown[][] = [];

/**
 * Allocates `slices` x 20,000 objects (~2 MB) that live a while, which is what makes V8 grow its young
 * generation, keeping the last `keep` slices. The event loop turns between slices so collection
 * entries reach the observer. Returns the largest young generation seen.
 */
async function allocate(slices: number, keep: number): Promise<number> {
	let largest = youngBytes();
	for (let n = 0; n < slices; n++) {
		const slice: unknown[] = [];
		for (let i = 0; i < 20_000; i++) slice.push({n, i, text: `article ${n}/${i}`});
		kept = [...kept, slice].slice(-keep);
		await turn();
		largest = Math.max(largest, youngBytes());
	}
	return largest;
}

/**
 * Scripts that differ in one digit. V8 keeps compiled scripts in memory by their source, and a script
 * compiled again from the same source never looks at cached data; V8's check on cached data compares
 * the source's length (and the flags), so a same-length sibling does consult it.
 */
const source = (digit: number): string => `function twice(n) { return n * 2; } twice(${digit});`;
const rejected = (digit: number, cachedData: Buffer): boolean | undefined => new Script(source(digit), {filename: 'twice.js', cachedData}).cachedDataRejected;

describe('capYoungGeneration', () => {
	it('holds the young generation at 8 MB, saves code under the start flags, and lets go when stopped', async () => {
		const stop = capYoungGeneration();
		try {
			// 200 MB in all, little of it alive at once: uncapped, V8 doubles the young generation to 32 MB.
			expect(await allocate(100, 4)).toBe(8 * MB);
			const script = new Script(source(1), {filename: 'twice.js'});
			script.runInThisContext();
			const inside = withStartFlags(() => script.createCachedData());
			const outside = script.createCachedData();
			// A next start compiles under the start flags: code saved while the cap held is refused there.
			withStartFlags(() => {
				expect(rejected(2, inside)).toBe(false);
				expect(rejected(3, outside)).toBe(true);
			});
			stop();
			expect(rejected(4, inside)).toBe(false);
			expect(rejected(5, outside)).toBe(true);
		} finally {
			stop();
			kept = [];
		}
	});

	it('lets it grow past 8 MB beside an old generation over four times that', async () => {
		// Like a library of 100,000 articles: there the young generation is a small share of memory.
		const stop = capYoungGeneration();
		try {
			await allocate(60, 60);
			expect(await allocate(60, 60)).toBeGreaterThan(8 * MB);
		} finally {
			stop();
			kept = [];
		}
	});
});
