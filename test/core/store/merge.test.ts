import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {ReadingState} from '../../../src/core/store/merge.js';
import {StoreSync, TOMBSTONE_HORIZON} from '../../../src/core/store/sync.js';
import type {Bookmark} from '../../../src/core/article/types.js';

const mark = (id: string, at = 0): Bookmark => ({id, title: id, section: 'S', updated: null, teaser: '', at});

describe('ReadingState', () => {
	it('gives each change of an id a later time than the one it replaces, even within one second', () => {
		const state = new ReadingState();
		state.setRead('w/a', true, 100);
		state.setRead('w/a', false, 100);
		state.setRead('w/a', true, 100);
		expect([...state.folderMarks('w')]).toEqual([['a', 102]]);
	});

	it('lets the later change win a merge, tombstones included, and reports visible changes', () => {
		const state = new ReadingState();
		state.setRead('w/a', true, 100);
		expect(state.mergeMark('w/a', -99)).toBe(false);
		expect(state.snapshot().read.has('w/a')).toBe(true);
		expect(state.mergeMark('w/a', -101)).toBe(true);
		expect(state.snapshot().read.has('w/a')).toBe(false);
		expect(state.mergeMark('w/a', 101)).toBe(true);
		expect(state.snapshot().read.has('w/a')).toBe(true);
	});

	it('merges bookmarks by change time, a removal being a change', () => {
		const state = new ReadingState();
		state.putBookmark(mark('w/a'), 100);
		expect(state.mergeBookmark({id: 'w/a', t: 150, bookmark: null})).toBe(true);
		expect(state.snapshot().bookmarks.size).toBe(0);
		expect(state.mergeBookmark({id: 'w/a', t: 120, bookmark: mark('w/a')})).toBe(false);
		expect(state.mergeBookmark({id: 'w/b', t: 1, bookmark: null})).toBe(false);
	});

	it('lists bookmarks newest first', () => {
		const state = new ReadingState();
		state.putBookmark(mark('w/old', 1), 5);
		state.putBookmark(mark('w/new', 9), 6);
		state.putBookmark(mark('w/mid', 5), 7);
		expect([...state.snapshot().bookmarks.keys()]).toEqual(['w/new', 'w/mid', 'w/old']);
	});
});

describe('StoreSync between two processes sharing one file', () => {
	type Op = {readonly p: 0 | 1; readonly kind: 'read' | 'unread' | 'put' | 'remove' | 'write'; readonly id: string};
	const op = fc.record({
		p: fc.constantFrom<0 | 1>(0, 1),
		kind: fc.constantFrom<Op['kind']>('read', 'unread', 'put', 'remove', 'write', 'write'),
		id: fc.constantFrom('w/a', 'w/b', 's/c', 'd'),
	});

	it('ends with the last change of every id, whatever the order of writes', () => {
		fc.assert(
			fc.property(fc.array(op, {maxLength: 40}), ops => {
				let disk: string | null = null;
				const syncs = [new StoreSync(), new StoreSync()] as const;
				const write = (sync: StoreSync, now: number): void => {
					const file = disk === null ? null : sync.absorb(JSON.parse(disk) as Record<string, unknown>).file;
					const {root, read} = sync.compose(now, file);
					disk = JSON.stringify(root);
					sync.commit(read);
				};
				const reads = new Map<string, boolean>();
				const bookmarks = new Map<string, boolean>();
				ops.forEach(({p, kind, id}, i) => {
					const state = syncs[p].state;
					const now = 1000 + i;
					if (kind === 'write') write(syncs[p], now);
					// Only what changed something in that process's view is a user's change.
					else if (kind === 'read' || kind === 'unread') {
						if (state.setRead(id, kind === 'read', now)) reads.set(id, kind === 'read');
					} else if (kind === 'put') {
						if (state.putBookmark(mark(id, i), now)) bookmarks.set(id, true);
					} else if (state.removeBookmark(id, now)) bookmarks.set(id, false);
				});
				write(syncs[0], 5000);
				write(syncs[1], 5001);
				write(syncs[0], 5002);
				const expectRead = [...reads]
					.filter(([, on]) => on)
					.map(([id]) => id)
					.sort();
				const expectMarks = [...bookmarks]
					.filter(([, on]) => on)
					.map(([id]) => id)
					.sort();
				for (const sync of syncs) {
					expect([...sync.state.snapshot().read].sort()).toEqual(expectRead);
					expect([...sync.state.snapshot().bookmarks.keys()].sort()).toEqual(expectMarks);
				}
			}),
		);
	});

	it('copies untouched folders through and rewrites only what changed', () => {
		const sync = new StoreSync();
		sync.state.setRead('w/a', true, 100);
		sync.state.setRead('s/b', true, 100);
		const first = sync.compose(100, null);
		sync.commit(first.read);
		const disk = sync.absorb(JSON.parse(JSON.stringify(first.root)) as Record<string, unknown>).file;
		sync.state.setRead('w/c', true, 200);
		const second = sync.compose(200, disk);
		expect(second.read.get('s')).toBe(first.read.get('s'));
		expect(second.read.get('w')).not.toBe(first.read.get('w'));
	});

	it('drops tombstones older than the horizon when a folder is rewritten', () => {
		const sync = new StoreSync();
		sync.state.setRead('w/a', true, 100);
		sync.state.setRead('w/a', false, 101);
		sync.state.setRead('w/b', true, 102);
		expect(sync.compose(200, null).read.get('w')).toContain('a!');
		expect(sync.compose(102 + TOMBSTONE_HORIZON, null).read.get('w')).not.toContain('a!');
	});

	it('keeps 100,000 read marks and 1,000 bookmarks under 2 MB', () => {
		const sync = new StoreSync();
		const start = 1_700_000_000;
		for (let i = 0; i < 100_000; i++) {
			const id = `sec${String(i % 40).padStart(2, '0')}/a${String(i).padStart(7, '0')}`;
			// Spread over a year, in a scrambled order, so deltas are not artificially small.
			sync.state.setRead(id, true, start + ((i * 7919) % 100_000) * 315);
		}
		for (let i = 0; i < 1000; i++) {
			sync.state.putBookmark(
				{...mark(`sec01/a${String(i).padStart(7, '0')}`, start * 1000), title: 'A headline of ordinary length for the list', teaser: 'x'.repeat(120)},
				start,
			);
		}
		const bytes = Buffer.byteLength(JSON.stringify(sync.compose(start + 31_536_000, null).root));
		expect(bytes).toBeLessThan(2 * 1024 * 1024);
	});
});
