/**
 * NEWSTERM_TEST_NODE chooses the Node the bin under test runs on, so CI can run the end-to-end tests
 * with vitest on Node 20 and the bin on the current LTS. A wrapper script stands in for that Node
 * here: it logs the script it was asked to run, then runs the real one.
 */
import {readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {BIN, binNode, runBin} from '../helpers/bin.js';
import {useApp} from './app-pty.js';

const {start, tempFolder} = useApp();
const chosen = process.env['NEWSTERM_TEST_NODE'];

afterEach(() => {
	if (chosen === undefined) delete process.env['NEWSTERM_TEST_NODE'];
	else process.env['NEWSTERM_TEST_NODE'] = chosen;
});

describe('NEWSTERM_TEST_NODE', () => {
	it('runs the bin with that Node, outside a terminal and in the pty', async () => {
		const dir = await tempFolder();
		const log = join(dir, 'ran');
		const wrapper = join(dir, 'node');
		await writeFile(wrapper, `#!/bin/sh\nprintf '%s\\n' "$1" >> '${log}'\nexec '${binNode()}' "$@"\n`, {mode: 0o755});
		process.env['NEWSTERM_TEST_NODE'] = wrapper;

		expect(runBin(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
		const {p} = await start({cols: 80, rows: 24});
		p.press('q');
		expect((await p.exited).exitCode).toBe(0);
		expect((await readFile(log, 'utf8')).split('\n')).toEqual([BIN, BIN, '']);
	});
});
