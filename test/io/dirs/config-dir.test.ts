import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {defaultConfigDir} from '../../../src/io/dirs/index.js';

describe('defaultConfigDir', () => {
	it.each([
		[{NEWSTERM_CONFIG_DIR: '/own'}, 'linux', '/own'],
		[{XDG_CONFIG_HOME: '/xdg'}, 'linux', '/xdg/newsterm'],
		[{APPDATA: '/appdata'}, 'win32', join('/appdata', 'newsterm', 'Config')],
	] as const)('%o on %s: %s', (vars, platform, expected) => {
		expect(defaultConfigDir(vars, platform)).toBe(expected);
	});

	it('is ~/.config/newsterm on Linux and ~/Library/Preferences/newsterm on macOS, beside conf’s store', () => {
		expect(defaultConfigDir({}, 'linux')).toMatch(/[\\/]\.config[\\/]newsterm$/);
		expect(defaultConfigDir({}, 'darwin')).toMatch(/[\\/]Library[\\/]Preferences[\\/]newsterm$/);
	});
});
