import {describe, expect, it} from 'vitest';
import {createTaskQueue} from '../../../src/core/async/task-queue.js';

/** A queue whose tasks only record that they started; `finish` ends the oldest running one. */
function recorder(limit: number): {add(name: string): void; finish(): void; started: string[]} {
	const queue = createTaskQueue(limit);
	const started: string[] = [];
	return {
		add: name => queue.add(() => started.push(name)),
		finish: () => queue.done(),
		started,
	};
}

describe('createTaskQueue', () => {
	it('starts at most `limit` tasks, in the order added, and the next as each one ends', () => {
		const q = recorder(2);
		for (const name of ['a', 'b', 'c', 'd', 'e']) q.add(name);
		expect(q.started).toEqual(['a', 'b']);
		q.finish();
		expect(q.started).toEqual(['a', 'b', 'c']);
		q.finish();
		q.finish();
		expect(q.started).toEqual(['a', 'b', 'c', 'd', 'e']);
		q.finish();
		q.finish();
		q.add('f');
		expect(q.started.at(-1)).toBe('f');
	});

	it('keeps order and count across the trims of a long queue', () => {
		const q = recorder(3);
		const names = Array.from({length: 20_000}, (_, i) => String(i));
		for (const name of names) q.add(name);
		while (q.started.length < names.length) q.finish();
		expect(q.started).toEqual(names);
		// Exactly three are still running: with one ended, a second new task waits for another.
		q.finish();
		q.add('x');
		q.add('y');
		expect(q.started.slice(-1)).toEqual(['x']);
		q.finish();
		expect(q.started.slice(-2)).toEqual(['x', 'y']);
	});

	it('lets a task end while it is being started (a call that fails at once)', () => {
		const queue = createTaskQueue(1);
		const order: string[] = [];
		queue.add(() => {
			order.push('a');
			queue.done();
		});
		queue.add(() => order.push('b'));
		queue.add(() => order.push('c'));
		expect(order).toEqual(['a', 'b']);
		queue.done();
		expect(order).toEqual(['a', 'b', 'c']);
	});
});
