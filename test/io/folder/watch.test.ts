import {mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {watchFolders} from '../../../src/io/folder/index.js';

afterEach(() => {
	vi.useRealTimers();
});

describe('watchFolders', () => {
	/** Calls of `onChange`, awaited one at a time. */
	function calls() {
		let next = (): void => undefined;
		return {
			onChange: () => next(),
			next: (): Promise<void> =>
				new Promise(resolve => {
					next = resolve;
				}),
		};
	}

	it("says whether a watched folder changed since a time, from the folders' mtimes alone", async () => {
		const dir = mkdtempSync(join(tmpdir(), 'newsterm-watch-'));
		mkdirSync(join(dir, 'world'));
		const old = new Date('2020-01-01T00:00:00Z');
		utimesSync(join(dir, 'world'), old, old);
		utimesSync(dir, old, old);
		const watching = watchFolders([dir], () => undefined);
		try {
			await watching.ready;
			const since = Date.UTC(2024, 0, 1);
			expect(await watching.changedSince(since)).toBe(false);
			writeFileSync(join(dir, 'world', 'new.txt'), 'N\n');
			expect(await watching.changedSince(since)).toBe(true);
		} finally {
			watching.stop();
			rmSync(dir, {recursive: true, force: true});
		}
	});

	it('tells of a new file, and of a file in a folder made after watching began', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'newsterm-watch-'));
		const told = calls();
		const watching = watchFolders([dir], told.onChange);
		try {
			await watching.ready;
			let wait = told.next();
			writeFileSync(join(dir, 'a.txt'), 'A\n');
			await wait;
			wait = told.next();
			mkdirSync(join(dir, 'sub'));
			await wait;
			wait = told.next();
			writeFileSync(join(dir, 'sub', 'b.txt'), 'B\n');
			await wait;
		} finally {
			watching.stop();
			rmSync(dir, {recursive: true, force: true});
		}
	});

	it('lists again on a bounded interval where a folder cannot be watched', async () => {
		vi.useFakeTimers({toFake: ['setInterval', 'clearInterval']});
		const onChange = vi.fn();
		const watching = watchFolders([join(tmpdir(), 'newsterm-no-such-folder-x9')], onChange);
		await watching.ready;
		vi.advanceTimersByTime(4999);
		expect(onChange).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(onChange).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(10_000);
		expect(onChange).toHaveBeenCalledTimes(3);
		watching.stop();
		vi.advanceTimersByTime(10_000);
		expect(onChange).toHaveBeenCalledTimes(3);
	});
});
