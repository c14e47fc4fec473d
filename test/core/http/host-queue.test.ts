import {describe, expect, it} from 'vitest';
import {createHostQueue} from '../../../src/core/http/host-queue.js';

/** A queue whose tasks stay running until the test ends them, recording what runs. */
function harness(total: number, perHost: number) {
	const queue = createHostQueue(total, perHost);
	const running: {host: string; id: number; done: () => void}[] = [];
	const started: number[] = [];
	const add = (host: string, id: number) =>
		queue.add(host, done => {
			started.push(id);
			running.push({host, id, done});
		});
	const finish = (id: number): void => {
		const index = running.findIndex(task => task.id === id);
		const [task] = running.splice(index, 1);
		task!.done();
	};
	return {add, finish, running, started};
}

describe('createHostQueue', () => {
	it('runs at most `total` at once and at most `perHost` per host, skipping full hosts in order', () => {
		const h = harness(4, 2);
		for (const [id, host] of ['a', 'a', 'a', 'b', 'b', 'b', 'c'].entries()) h.add(host, id);
		expect(h.started).toEqual([0, 1, 3, 4]);
		h.finish(0);
		expect(h.started).toEqual([0, 1, 3, 4, 2]);
		h.finish(3);
		// b's third waits behind nothing: b has a free slot again, and it came before c.
		expect(h.started).toEqual([0, 1, 3, 4, 2, 5]);
		h.finish(1);
		expect(h.started).toEqual([0, 1, 3, 4, 2, 5, 6]);
	});

	it('never runs more than the limits under any order of endings', () => {
		const h = harness(3, 1);
		const hosts = ['x', 'y', 'x', 'z', 'w', 'x', 'y', 'z'];
		for (const [id, host] of hosts.entries()) h.add(host, id);
		while (h.running.length > 0) {
			expect(h.running.length).toBeLessThanOrEqual(3);
			expect(new Set(h.running.map(task => task.host)).size).toBe(h.running.length);
			h.finish(h.running[h.running.length - 1]!.id);
		}
		expect([...h.started].sort((a, b) => a - b)).toEqual(hosts.map((_, id) => id));
	});

	it('drops a withdrawn task before it starts, and ignores a second done()', () => {
		const h = harness(1, 1);
		h.add('a', 0);
		const withdraw = h.add('a', 1);
		h.add('b', 2);
		withdraw();
		const first = h.running[0]!;
		first.done();
		first.done();
		expect(h.started).toEqual([0, 2]);
	});
});
