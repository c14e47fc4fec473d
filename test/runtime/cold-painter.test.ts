/**
 * The cold painter as the launcher runs it: bundled the way scripts/build.mjs bundles it, embedded in
 * a bin file's closing comment before a program, found there by its length and run.
 */
import {cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {build} from 'esbuild';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {bundleOptions} from '../../scripts/bundle-options.mjs';
import {coldFrame, mayStartReader} from '../../src/runtime/cold-painter.js';
import {readEmbeddedScript} from '../../src/runtime/embedded.js';

const ROOT = join(import.meta.dirname, '..', '..');
let dir: string;
let painter: string;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'newsterm-cold-painter-'));
	const built = await build({...bundleOptions(join(ROOT, 'src', 'cold.ts'), 'cold.cjs', {format: 'cjs', minify: true}), write: false});
	painter = built.outputFiles[0]?.text ?? '';
	mkdirSync(join(dir, 'articles', 'world'), {recursive: true});
	cpSync(join(ROOT, 'articles', 'world', 'us-not-there-yet.txt'), join(dir, 'articles', 'world', 'us-not-there-yet.txt'));
});
afterAll(() => rmSync(dir, {recursive: true, force: true}));

const END = '\n*/\n';

/** A bin like the build's: a launcher, then the painter and a program in its closing comment, star-slashes broken. */
function binWith(painterText: string, program: string): {file: string; layout: {length: number; painterLength: number; end: string}} {
	const broken = (text: string) => text.replaceAll('*/', '*\x01/');
	const file = join(dir, 'dist', 'newsterm.cjs');
	mkdirSync(join(dir, 'dist'), {recursive: true});
	writeFileSync(file, `'use strict';\n/*\n${broken(painterText)}${broken(program)}${END}`, 'latin1');
	return {file, layout: {length: broken(program).length, painterLength: broken(painterText).length, end: END}};
}

const facts = () => ({argv: [], env: {TERM: 'xterm-256color', NEWSTERM_CONFIG_DIR: join(dir, 'c'), NEWSTERM_CACHE_DIR: join(dir, 'k')}, cols: 40, rows: 15});

describe('the embedded cold painter', () => {
	it('is found before the program and draws the bundled articles beside the bin', () => {
		const {file, layout} = binWith(painter, "/* the program */ throw new Error('the program is not run');");
		const drawn = coldFrame(file, layout, facts());
		expect(drawn?.frame.replace(/\x1b\[[0-9;]*m/g, '').split('\n')[2]).toMatch(/^› World +1 of 1 unread/);
		expect(drawn?.paint).toContain('\x1b[2J');
	});

	it('gives nothing, and does not throw, when the painter is damaged or missing', () => {
		const broken = binWith('this is not JavaScript {', 'program');
		expect(coldFrame(broken.file, broken.layout, facts())).toBeNull();
		const none = binWith('', 'program');
		expect(coldFrame(none.file, none.layout, facts())).toBeNull();
	});

	it('leaves the program and the painter apart, star-slashes and all', () => {
		const {file, layout} = binWith('painter */ text', 'program */ text');
		expect(readEmbeddedScript(file, layout, 'painter')).toBe('painter */ text');
		expect(readEmbeddedScript(file, layout, 'program')).toBe('program */ text');
	});
});

describe('which starts ask the cold painter at all', () => {
	it.each([
		[[], true],
		[['--articles', '/srv/news'], true],
		[['--offline'], true],
		[['list'], false],
		[['read', 'world/x'], false],
		[['--version'], false],
		[['-V'], false],
		[['--articles', '/srv/news', '--help'], false],
	])('%j: %s', (argv, asks) => {
		expect(mayStartReader(argv)).toBe(asks);
	});
});
