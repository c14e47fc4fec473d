import {describe, expect, it} from 'vitest';
import {frameFileName, startIdentity} from '../../../src/core/frame-cache/index.js';

const base = {argv: [] as string[], cwd: '/home/ada', env: {TERM: 'xterm-256color', HOME: '/home/ada', LANG: 'C.UTF-8'}};

describe('startIdentity', () => {
	it.each([
		['another terminal type', {env: {...base.env, TERM: 'screen'}}],
		['NO_COLOR set', {env: {...base.env, NO_COLOR: '1'}}],
		['another locale', {env: {...base.env, LANG: 'en_GB.ISO-8859-1'}}],
		['another config folder', {env: {...base.env, NEWSTERM_CONFIG_DIR: '/tmp/c'}}],
		['another XDG cache', {env: {...base.env, XDG_CACHE_HOME: '/tmp/x'}}],
		['inside tmux', {env: {...base.env, TMUX: '/tmp/tmux-1/default,1,0'}}],
		['other arguments', {argv: ['--articles', '/srv/news']}],
		['--offline', {argv: ['--offline']}],
	])('differs with %s', (_name, change) => {
		expect(startIdentity({...base, ...change})).not.toBe(startIdentity(base));
	});

	it('ignores what cannot change the first frame: the shell, the path, the working folder without relative arguments', () => {
		const noisy = {...base.env, PWD: '/tmp', OLDPWD: '/', SHLVL: '3', PATH: '/usr/bin', SSH_CONNECTION: '10.0.0.1 1 10.0.0.2 22', _: '/usr/bin/newsterm'};
		expect(startIdentity({...base, cwd: '/tmp', env: noisy})).toBe(startIdentity(base));
		expect(startIdentity({...base, argv: ['--articles', '/srv/news'], cwd: '/tmp'})).toBe(startIdentity({...base, argv: ['--articles', '/srv/news']}));
	});

	it('counts the working folder when an argument may be a relative path', () => {
		const relative = {...base, argv: ['--articles', 'news']};
		expect(startIdentity({...relative, cwd: '/a'})).not.toBe(startIdentity({...relative, cwd: '/b'}));
	});

	it('counts being inside tmux, not which tmux server or session', () => {
		const inTmux = (value: string) => startIdentity({...base, env: {...base.env, TMUX: value}});
		expect(inTmux('/tmp/tmux-1/default,1234,0')).toBe(inTmux('/tmp/tmux-1/default,5678,3'));
		expect(inTmux('/tmp/tmux-1/default,1234,0')).not.toBe(startIdentity(base));
	});

	it('does not depend on the order variables were set in', () => {
		const reversed = Object.fromEntries(Object.entries(base.env).reverse());
		expect(startIdentity({...base, env: reversed})).toBe(startIdentity(base));
	});
});

describe('frameFileName', () => {
	it('names one file per identity, the same every time', () => {
		const one = startIdentity(base);
		const two = startIdentity({...base, argv: ['--offline']});
		expect(frameFileName(one)).toMatch(/^frame-[0-9a-f]{8}\.json$/);
		expect(frameFileName(one)).toBe(frameFileName(startIdentity({...base})));
		expect(frameFileName(one)).not.toBe(frameFileName(two));
	});
});
