/**
 * The launcher's check of a saved frame's time limit (io/frame-cache loadSavedFrame): a frame past
 * its limit is not painted, whatever its stamps say; one without a limit, or before it, is.
 */
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import type {SavedFrame} from '../../../src/core/frame-cache/index.js';
import {loadSavedFrame, saveFrame} from '../../../src/io/frame-cache/index.js';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

const BASE: SavedFrame = {identity: '{"argv":["--x"]}', build: 'b1', cols: 80, rows: 24, stamps: [], frame: 'F', paint: 'P'};
const WANTED = {identity: BASE.identity, build: BASE.build, size: () => ({cols: 80, rows: 24})};

describe('a saved frame with a time limit, at the next start', () => {
	test.each([
		['no limit', undefined, true],
		['a limit an hour ahead', 3_600_000, true],
		['a limit a minute ahead', 60_000, true],
		['a limit a minute past', -60_000, false],
		['a limit a day past', -86_400_000, false],
	])('with %s is painted: %s', (_what, ahead, painted) => {
		const cacheDir = mkdtempSync(join(tmpdir(), 'newsterm-valid-until-'));
		dirs.push(cacheDir);
		const saved = ahead === undefined ? BASE : {...BASE, validUntil: Date.now() + ahead};
		expect(saveFrame(cacheDir, saved)).toBe(true);
		const loaded = loadSavedFrame(cacheDir, WANTED);
		expect(loaded).toEqual(painted ? saved : null);
	});
});
