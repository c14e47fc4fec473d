import {describe, expect, it} from 'vitest';
import {createMemoryStore} from './memory-store.js';
import {bookmark, describeStoreContract, subscription} from '../io/store/store-contract.js';

describeStoreContract('memory store', () => createMemoryStore());

describe('memory store', () => {
	it('starts from a given snapshot and status', () => {
		const store = createMemoryStore({
			read: new Set(['world/a']),
			bookmarks: new Map([['world/b', bookmark('world/b')]]),
			feeds: new Map([['aaaaaaaaaa', subscription('aaaaaaaaaa')]]),
			status: {notices: ['hello'], saveError: 'disk full', unsaved: null},
		});
		expect([...store.snapshot().read]).toEqual(['world/a']);
		expect([...store.snapshot().bookmarks.keys()]).toEqual(['world/b']);
		expect([...store.snapshot().feeds.values()]).toEqual([subscription('aaaaaaaaaa')]);
		expect(store.status()).toEqual({notices: ['hello'], saveError: 'disk full', unsaved: null});
	});

	it('notifies subscribers of outside changes that change something', () => {
		const store = createMemoryStore();
		let calls = 0;
		store.subscribe(() => calls++);
		store.changeFromOutside(other => other.setRead('world/a', true));
		store.changeFromOutside(other => other.setRead('world/a', true));
		expect(calls).toBe(1);
		expect(store.snapshot().read.has('world/a')).toBe(true);
	});

	it('counts flushes, close included', () => {
		const store = createMemoryStore();
		store.flush();
		store.close();
		expect(store.flushes).toBe(2);
	});
});
