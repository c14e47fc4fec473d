import {describe, expect, it} from 'vitest';
import {createTurns} from '../../../src/io/feeds/turns.js';

describe('a refresh’s CPU work, a piece per turn', () => {
	it('runs pieces in order, letting what came meanwhile (a key) run between two of them', async () => {
		const turns = createTurns();
		const log: string[] = [];
		const first = turns(() => {
			log.push('parse 1');
			setImmediate(() => log.push('key'));
			return 1;
		});
		const second = turns(() => {
			log.push('parse 2');
			return 2;
		});
		expect(await Promise.all([first, second])).toEqual([1, 2]);
		expect(log).toEqual(['parse 1', 'key', 'parse 2']);
	});

	it('hands a piece’s error to its caller and goes on with the next', async () => {
		const turns = createTurns();
		const failing = turns(() => {
			throw new Error('bad feed');
		});
		const next = turns(() => 'next');
		await expect(failing).rejects.toThrow('bad feed');
		expect(await next).toBe('next');
	});
});
