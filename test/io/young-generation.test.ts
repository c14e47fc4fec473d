/**
 * The young generation's cap (src/io/young-generation.ts). V8's flags are global to the process;
 * vitest runs each test file in a fork of its own, so this file's flag changes stay here.
 */
import {getHeapSpaceStatistics} from 'node:v8';
import {Script} from 'node:vm';
import {afterAll, describe, expect, it} from 'vitest';
import {capYoungGeneration, withStartFlags} from '../../src/io/young-generation.js';

const MB = 1024 * 1024;
const youngBytes = (): number => getHeapSpaceStatistics().find(space => space.space_name === 'new_space')!.space_size;
const turn = (): Promise<void> => new Promise(resolve => setTimeout(resolve, 5));
const kept: unknown[] = [];

/**
 * Allocates `slices` x 20,000 objects that stay reachable (what makes V8 grow its young generation),
 * with a turn of the event loop between slices so collection entries reach the observer. Returns the
 * largest young generation seen.
 */
async function allocateSurvivors(slices: number): Promise<number> {
	let largest = youngBytes();
	for (let slice = 0; slice < slices; slice++) {
		for (let i = 0; i < 20_000; i++) kept.push({slice, i, text: `article ${slice}/${i}`});
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

describe('capYoungGeneration', () => {
	const stop = capYoungGeneration();
	afterAll(() => {
		stop();
		kept.length = 0;
	});

	it('lets the young generation grow to 8 MB and holds it there', async () => {
		// ~2 MB of survivors per slice and 200 MB in all: uncapped, V8 doubles it to 32 MB.
		const largest = await allocateSurvivors(100);
		expect(largest).toBe(8 * MB);
		expect(youngBytes()).toBeLessThanOrEqual(8 * MB);
	});

	it('saves code under the start flags only inside withStartFlags', () => {
		expect(youngBytes()).toBe(8 * MB);
		const script = new Script(source(1), {filename: 'twice.js'});
		script.runInThisContext();
		const inside = withStartFlags(() => script.createCachedData());
		const outside = script.createCachedData();
		// A next start compiles under the start flags: code saved while the cap held is refused there.
		withStartFlags(() => {
			expect(new Script(source(2), {filename: 'twice.js', cachedData: inside}).cachedDataRejected).toBe(false);
			expect(new Script(source(3), {filename: 'twice.js', cachedData: outside}).cachedDataRejected).toBe(true);
		});
	});

	it('puts the start flags back when stopped', () => {
		const script = new Script(source(4), {filename: 'twice.js'});
		const inside = withStartFlags(() => script.createCachedData());
		const outside = script.createCachedData();
		stop();
		expect(new Script(source(5), {filename: 'twice.js', cachedData: inside}).cachedDataRejected).toBe(false);
		expect(new Script(source(6), {filename: 'twice.js', cachedData: outside}).cachedDataRejected).toBe(true);
	});
});
