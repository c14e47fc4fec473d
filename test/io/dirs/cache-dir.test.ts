import {homedir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {defaultCacheDir} from '../../../src/io/dirs/cache-dir.js';

describe('defaultCacheDir', () => {
	it('picks NEWSTERM_CACHE_DIR, then an absolute XDG_CACHE_HOME, then ~/.cache', () => {
		expect(defaultCacheDir({NEWSTERM_CACHE_DIR: '/x/own', XDG_CACHE_HOME: '/x/xdg'})).toBe('/x/own');
		expect(defaultCacheDir({NEWSTERM_CACHE_DIR: '', XDG_CACHE_HOME: '/x/xdg'})).toBe('/x/xdg/newsterm');
		expect(defaultCacheDir({XDG_CACHE_HOME: 'relative/xdg'})).toBe(join(homedir(), '.cache', 'newsterm'));
		expect(defaultCacheDir({})).toBe(join(homedir(), '.cache', 'newsterm'));
	});

	it('makes a relative NEWSTERM_CACHE_DIR absolute, so a later chdir cannot move it', () => {
		expect(defaultCacheDir({NEWSTERM_CACHE_DIR: 'rel/cache'})).toBe(join(process.cwd(), 'rel', 'cache'));
	});
});
