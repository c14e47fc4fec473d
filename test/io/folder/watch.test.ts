import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {watchFolders} from '../../../src/io/folder/index.js';

afterEach(() => {
	vi.useRealTimers();
});

describe('watchFolders', () => {
	it('tells of a new file in a subfolder once changes pause', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'newsterm-watch-'));
		try {
			let stop = (): void => undefined;
			const changed = new Promise<void>(resolve => {
				stop = watchFolders([dir], resolve);
			});
			writeFileSync(join(dir, 'a.txt'), 'A\n');
			await changed;
			stop();
		} finally {
			rmSync(dir, {recursive: true, force: true});
		}
	});

	it('lists again on a bounded interval where a folder cannot be watched', () => {
		vi.useFakeTimers();
		const onChange = vi.fn();
		const stop = watchFolders([join(tmpdir(), 'newsterm-no-such-folder-x9')], onChange);
		vi.advanceTimersByTime(4999);
		expect(onChange).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(onChange).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(10_000);
		expect(onChange).toHaveBeenCalledTimes(3);
		stop();
		vi.advanceTimersByTime(10_000);
		expect(onChange).toHaveBeenCalledTimes(3);
	});
});
