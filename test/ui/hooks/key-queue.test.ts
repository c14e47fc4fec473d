import {describe, expect, test} from 'vitest';
import {createKeyQueue} from '../../../src/ui/hooks/index.js';

describe('the key queue between the reader loop and an input screen', () => {
	test('keys pushed before the screen listens reach it first, in order, then the later ones', () => {
		const queue = createKeyQueue();
		queue.push('h');
		queue.push('t');
		const seen: string[] = [];
		queue.take(key => seen.push(key));
		queue.push('p');
		expect(seen).toEqual(['h', 't', 'p']);
	});

	test('a listener that stopped hears nothing; the next one gets what came in between', () => {
		const queue = createKeyQueue();
		const first: string[] = [];
		const stop = queue.take(key => first.push(key));
		queue.push('j');
		stop();
		queue.push('return');
		const second: string[] = [];
		queue.take(key => second.push(key));
		expect(first).toEqual(['j']);
		expect(second).toEqual(['return']);
	});

	test('a stream without a listener stops growing', () => {
		const queue = createKeyQueue();
		for (let i = 0; i < 10_000; i++) queue.push('y');
		const seen: string[] = [];
		queue.take(key => seen.push(key));
		expect(seen.length).toBeLessThan(10_000);
		expect(seen.length).toBeGreaterThan(1000);
	});

	test('keys kept after the one that closed the screen, and later ones, go back to the reader', () => {
		const spilled: string[] = [];
		const queue = createKeyQueue(key => spilled.push(key));
		for (const key of ['j', 'return', 'k', 'q']) queue.push(key);
		const seen: string[] = [];
		queue.take(key => {
			seen.push(key);
			if (key === 'return') queue.close();
		});
		queue.push('g');
		expect(seen).toEqual(['j', 'return']);
		expect(spilled).toEqual(['k', 'q', 'g']);
	});
});
