import {describe, expect, test} from 'vitest';
import {createBodyLoader} from '../../../src/core/library/bodies.js';
import type {ArticleSource, OpenResult} from '../../../src/core/library/source.js';
import {createMemorySource} from '../../doubles/memory-source.js';

const entries = Array.from({length: 6}, (_, i) => ({id: `w/a${i}`, text: `Title ${i}\n\nBody ${i}.\n`, folder: 'w'}));

/** The memory source, counting opens per id. */
function counted(inner: ArticleSource = createMemorySource(entries)) {
	const opens = new Map<string, number>();
	const source: ArticleSource = {
		scan: onBatch => inner.scan(onBatch),
		open(id) {
			opens.set(id, (opens.get(id) ?? 0) + 1);
			return inner.open(id);
		},
	};
	return {source, opens};
}

describe('body loader', () => {
	test('refresh reads held bodies again, keeping the old one until the new is in', async () => {
		const {source, opens} = counted();
		const loader = createBodyLoader(source);
		const before = await loader.request('w/a1');
		let told = 0;
		loader.subscribe(() => told++);
		loader.refresh();
		expect(loader.get('w/a1')).toBe(before);
		const after = await loader.request('w/a1');
		expect(opens.get('w/a1')).toBe(2);
		expect(after).not.toBe(before);
		expect(after).toEqual(before);
		expect(told).toBe(1);
	});

	test('opens an article once, however often it is asked for, and shares the pending load', async () => {
		const {source, opens} = counted();
		const loader = createBodyLoader(source);
		const [first, second] = await Promise.all([loader.request('w/a1'), loader.request('w/a1')]);
		expect(first).toBe(second);
		expect(await loader.request('w/a1')).toBe(first);
		expect(opens.get('w/a1')).toBe(1);
		expect(first.status === 'ok' && first.article.title).toBe('Title 1');
	});

	test('reads as loading until the body is in, then tells subscribers', async () => {
		const {source} = counted();
		const loader = createBodyLoader(source);
		let told = 0;
		loader.subscribe(() => told++);
		expect(loader.get('w/a2')).toBeUndefined();
		const load = loader.request('w/a2');
		expect(loader.get('w/a2')).toEqual({status: 'loading'});
		expect(told).toBe(0);
		await load;
		expect(loader.get('w/a2')?.status).toBe('ok');
		expect(told).toBe(1);
	});

	test('keeps only the most recently used bodies, and reads an evicted one again', async () => {
		const {source, opens} = counted();
		const loader = createBodyLoader(source, 3);
		for (const id of ['w/a0', 'w/a1', 'w/a2']) await loader.request(id);
		// Touching a0 makes a1 the oldest, so a3 pushes a1 out.
		await loader.request('w/a0');
		await loader.request('w/a3');
		expect(['w/a0', 'w/a1', 'w/a2', 'w/a3'].map(id => loader.get(id)?.status)).toEqual(['ok', undefined, 'ok', 'ok']);
		await loader.request('w/a1');
		expect(opens.get('w/a1')).toBe(2);
		expect(opens.get('w/a0')).toBe(1);
	});

	test('a failed or throwing open becomes an error load, never a rejection', async () => {
		const {source} = counted();
		const loader = createBodyLoader(source);
		expect(await loader.request('w/missing')).toEqual({status: 'error', error: expect.stringContaining('w/missing')});
		const throwing = createBodyLoader({scan: source.scan, open: (): Promise<OpenResult> => Promise.reject(new Error('disk gone'))});
		expect(await throwing.request('w/a0')).toEqual({status: 'error', error: 'disk gone'});
	});
});
