/**
 * Whether the files a saved frame was drawn from are as they were: one stat each, nothing read. A
 * changed folder (an article added, removed or renamed in it), a new read mark in the store or an
 * edited config.toml each change an mtime, and the launcher then paints nothing.
 */
import {statSync} from 'node:fs';
import type {Stamp} from '../../core/frame-cache/index.js';

/** `path` as it is now: its mtime and size, or absent. */
export function stampOf(path: string): Stamp {
	try {
		const stats = statSync(path, {throwIfNoEntry: false});
		return stats === undefined ? [path, null] : [path, stats.mtimeMs, stats.size];
	} catch {
		return [path, null];
	}
}

/** True when every stamped path is still as its stamp says. */
export function stampsHold(stamps: readonly Stamp[]): boolean {
	return stamps.every(stamp => {
		const now = stampOf(stamp[0]);
		return now[1] === stamp[1] && now[2] === stamp[2];
	});
}
