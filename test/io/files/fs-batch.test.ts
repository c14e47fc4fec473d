import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {createFsBatch, type Outcome} from '../../../src/io/files/fs-batch.js';

const dir = mkdtempSync(join(tmpdir(), 'newsterm-fs-batch-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe('lstatAll', () => {
	it('tells of each path as its call settles, with the outcome the batch then returns', async () => {
		const paths = Array.from({length: 40}, (_, i) => join(dir, `f${i}.txt`));
		paths.forEach((path, i) => {
			if (i % 3 !== 0) writeFileSync(path, 'x'.repeat(i));
		});
		const events: string[] = [];
		const heard = new Map<number, Outcome<import('node:fs').Stats>>();
		const batch = createFsBatch(4)
			.lstatAll(paths, (index, outcome) => {
				events.push('each');
				heard.set(index, outcome);
			})
			.then(results => {
				events.push('batch');
				return results;
			});
		const results = await batch;
		expect(events.indexOf('batch')).toBe(paths.length);
		expect([...heard.keys()].sort((a, b) => a - b)).toEqual(paths.map((_, i) => i));
		results.forEach((outcome, i) => {
			expect(heard.get(i)).toBe(outcome);
			expect(outcome.ok).toBe(i % 3 !== 0);
			if (outcome.ok) expect(outcome.value.size).toBe(i);
		});
	});

	it('tells of the first path before the last is even looked at', async () => {
		const first = join(dir, 'first.txt');
		const last = join(dir, 'last.txt');
		writeFileSync(first, 'x');
		// One call at a time: if the last file is found, its lstat ran after the first path was told of.
		const results = await createFsBatch(1).lstatAll([first, join(dir, 'middle-missing.txt'), last], index => {
			if (index === 0) writeFileSync(last, 'y');
		});
		expect(results.map(outcome => outcome.ok)).toEqual([true, false, true]);
	});
});
