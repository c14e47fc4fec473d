import {describe, expect, it} from 'vitest';
import {pagerCommand} from '../../../src/io/platform/index.js';

describe('pagerCommand', () => {
	it.each([
		['unset: less', undefined, {file: 'less', args: []}],
		['a plain command line is split, no shell', 'less -R -S', {file: 'less', args: ['-R', '-S']}],
		['a path', '/usr/bin/most', {file: '/usr/bin/most', args: []}],
		['quotes need the shell', 'sed "s/^/> /"', {file: 'sh', args: ['-c', 'sed "s/^/> /"']}],
		['a pipe needs the shell', 'fold | less', {file: 'sh', args: ['-c', 'fold | less']}],
		['a variable needs the shell', 'less $OPTS', {file: 'sh', args: ['-c', 'less $OPTS']}],
		['empty: no pager', '', null],
		['cat: no pager', ' cat ', null],
	])('%s', (_name, pager, expected) => {
		expect(pagerCommand(pager)).toEqual(expected);
	});
});
