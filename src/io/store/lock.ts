/**
 * A short advisory lock around the store's read-merge-write, so two newsterm processes never write
 * from the same old file. The lock is a file created with O_EXCL holding `pid time token`; it is
 * stale once its process is gone or it is older than `staleMs` (a killed or hung holder).
 */
import {closeSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync} from 'node:fs';
import {randomBytes} from 'node:crypto';

/** Thrown when another live process keeps the lock longer than we are willing to wait. */
export class LockBusyError extends Error {
	/** Always `'ELOCKED'`, so callers can tell it from file system errors. */
	readonly code = 'ELOCKED';
	constructor(readonly holder: number | null) {
		super(`locked by another newsterm${holder === null ? '' : ` (pid ${holder})`}`);
	}
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Blocks the thread: `flush` must stay synchronous, and the wait is a few milliseconds at a time. */
function sleepSync(ms: number): void {
	Atomics.wait(sleeper, 0, 0, ms);
}

/** Takes the lock at `lockPath`, waiting up to `waitMs`; returns the release function. */
export function acquireLock(lockPath: string, waitMs: number, staleMs: number): () => void {
	const token = `${process.pid} ${Date.now()} ${randomBytes(6).toString('hex')}`;
	const deadline = Date.now() + waitMs;
	for (;;) {
		try {
			const fd = openSync(lockPath, 'wx', 0o600);
			try {
				writeSync(fd, token);
			} finally {
				closeSync(fd);
			}
			return () => release(lockPath, token);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		const holder = readLock(lockPath);
		if (holder && isStale(holder, staleMs)) {
			breakLock(lockPath, holder.text);
			continue;
		}
		if (Date.now() >= deadline) throw new LockBusyError(holder?.pid ?? null);
		sleepSync(2 + Math.random() * 8);
	}
}

interface Holder {
	readonly text: string;
	readonly pid: number | null;
	readonly since: number;
}

function readLock(lockPath: string): Holder | null {
	try {
		const text = readFileSync(lockPath, 'utf8');
		const [pid, time] = text.split(' ').map(Number);
		// A lock still being written is empty: its age comes from the file's time instead.
		const since = time !== undefined && Number.isFinite(time) && time > 0 ? time : statSync(lockPath).mtimeMs;
		return {text, pid: pid !== undefined && Number.isSafeInteger(pid) && pid > 0 ? pid : null, since};
	} catch {
		return null;
	}
}

/**
 * True when the lock's holder is gone or it has been held for longer than `staleMs`.
 * @internal Tests use it; the program does not.
 */
export function isStale(holder: {readonly pid: number | null; readonly since: number}, staleMs: number): boolean {
	if (Date.now() - holder.since > staleMs) return true;
	if (holder.pid === null || holder.pid === process.pid) return false;
	try {
		process.kill(holder.pid, 0);
		return false;
	} catch (error) {
		// EPERM: the process exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'ESRCH';
	}
}

// Renaming first means only one process removes a given stale lock. If what we moved is not the
// lock we judged stale (its holder replaced it meanwhile), it goes back under its name.
function breakLock(lockPath: string, staleText: string): void {
	const aside = `${lockPath}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
	try {
		renameSync(lockPath, aside);
	} catch {
		return;
	}
	try {
		if (readFileSync(aside, 'utf8') !== staleText) linkSync(aside, lockPath);
	} catch {
		// The name was taken again already: that holder's lock stands.
	}
	try {
		unlinkSync(aside);
	} catch {
		// A leftover `.stale-*` file is removed at the next start.
	}
}

function release(lockPath: string, token: string): void {
	try {
		if (readFileSync(lockPath, 'utf8') === token) unlinkSync(lockPath);
	} catch {
		// Already gone (broken as stale by another process): nothing to release.
	}
}
