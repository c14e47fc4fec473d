import {afterEach, describe, expect, it} from 'vitest';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {acquireLock, isStale, LockBusyError} from '../../../src/io/store/lock.js';

const dirs: string[] = [];
function lockPath(): string {
	const dir = mkdtempSync(join(tmpdir(), 'newsterm-lock-'));
	dirs.push(dir);
	return join(dir, 'config.json.lock');
}
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

// Above the largest pid_max Linux allows, so no process has it.
const DEAD_PID = 2 ** 22 + 1;

describe('store lock', () => {
	it('creates the lock with our pid and removes it on release', () => {
		const path = lockPath();
		const release = acquireLock(path, 100, 4000);
		expect(readFileSync(path, 'utf8')).toMatch(new RegExp(`^${process.pid} \\d+ [0-9a-f]+$`));
		release();
		expect(existsSync(path)).toBe(false);
	});

	it('breaks a lock whose process is gone, and one that is too old', () => {
		const path = lockPath();
		writeFileSync(path, `${DEAD_PID} ${Date.now()} x`);
		acquireLock(path, 0, 60_000)();
		writeFileSync(path, `${process.pid} ${Date.now() - 10_000} x`);
		acquireLock(path, 0, 4000)();
		expect(existsSync(path)).toBe(false);
	});

	it('reports a live holder as busy once the wait is over', () => {
		const path = lockPath();
		const holder = `${process.pid} ${Date.now()} x`;
		writeFileSync(path, holder);
		expect(() => acquireLock(path, 30, 60_000)).toThrow(LockBusyError);
		expect(readFileSync(path, 'utf8')).toBe(holder);
	});

	it('does not remove a lock that another process took over', () => {
		const path = lockPath();
		const release = acquireLock(path, 0, 4000);
		writeFileSync(path, `${process.pid} ${Date.now()} someone-else`);
		release();
		expect(readFileSync(path, 'utf8')).toContain('someone-else');
	});

	it('judges staleness by pid and age', () => {
		expect(isStale({pid: DEAD_PID, since: Date.now()}, 4000)).toBe(true);
		expect(isStale({pid: process.pid, since: Date.now()}, 4000)).toBe(false);
		expect(isStale({pid: null, since: Date.now() - 5000}, 4000)).toBe(true);
		expect(isStale({pid: null, since: Date.now()}, 4000)).toBe(false);
	});
});
