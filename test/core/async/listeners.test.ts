import {describe, expect, it} from 'vitest';
import {createListeners} from '../../../src/core/async/listeners.js';

describe('createListeners', () => {
	it('tells every listener, in the order subscribed, until it unsubscribes', () => {
		const listeners = createListeners();
		const told: string[] = [];
		const offA = listeners.subscribe(() => told.push('a'));
		listeners.subscribe(() => told.push('b'));
		listeners.notify();
		offA();
		offA();
		listeners.notify();
		expect(told).toEqual(['a', 'b', 'b']);
	});

	it('works with subscribe passed on unbound, as useSyncExternalStore does', () => {
		const {subscribe, notify} = createListeners();
		let told = 0;
		const off = subscribe(() => told++);
		notify();
		off();
		notify();
		expect(told).toBe(1);
	});

	it('leaves one subscribed during a round for the next, and skips one removed during it', () => {
		const listeners = createListeners();
		const told: string[] = [];
		let offC = (): void => undefined;
		listeners.subscribe(() => {
			told.push('a');
			listeners.subscribe(() => told.push('late'));
			offC();
		});
		listeners.subscribe(() => told.push('b'));
		offC = listeners.subscribe(() => told.push('c'));
		listeners.notify();
		expect(told).toEqual(['a', 'b']);
	});

	it('tells the others when one throws, then throws the first error', () => {
		const listeners = createListeners();
		const told: string[] = [];
		listeners.subscribe(() => {
			throw new Error('first');
		});
		listeners.subscribe(() => told.push('b'));
		listeners.subscribe(() => {
			throw new Error('second');
		});
		listeners.subscribe(() => told.push('d'));
		expect(() => listeners.notify()).toThrow('first');
		expect(told).toEqual(['b', 'd']);
	});

	it('forgets every listener on clear', () => {
		const listeners = createListeners();
		let told = 0;
		listeners.subscribe(() => told++);
		listeners.subscribe(() => told++);
		listeners.clear();
		listeners.notify();
		expect(told).toBe(0);
	});
});
