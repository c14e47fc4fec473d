import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import fc from 'fast-check';
import stringWidth from 'string-width';
import {tokenize} from '@alcalzone/ansi-tokenize';
import sliceAnsi from 'slice-ansi';
import wrapAnsi from 'wrap-ansi';
import {afterAll, describe, expect, it} from 'vitest';
import {bundleOptions} from '../../scripts/bundle-options.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'newsterm-bundle-options-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

// Lays out one node with yoga, then reports whether undici (Node's fetch) was loaded to do it.
const YOGA_PROBE = `
import Yoga from 'yoga-layout';
const node = Yoga.Node.create();
node.setWidth(7);
node.setHeight(3);
node.calculateLayout();
const undici = process.moduleLoadList.some(name => name.includes('undici'));
console.log(JSON.stringify({width: node.getComputedWidth(), height: node.getComputedHeight(), undici, fetch: typeof fetch}));
`;

// Counts segmenters made while string-width loads and after, and measures the strings on stdin.
const WIDTH_PROBE = `
let made = 0;
Intl.Segmenter = new Proxy(Intl.Segmenter, {construct(target, args) { made++; return new target(...args); }});
const {default: stringWidth} = await import('string-width');
const atLoad = made;
const texts = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
const widths = texts.map(text => stringWidth(text));
console.log(JSON.stringify({atLoad, afterUse: made, widths}));
`;

// Runs the ANSI tokenizers Ink draws with on the texts on stdin, counting the segmenters they make:
// first Latin texts only, then all of them.
const TOKENIZER_PROBE = `
let made = 0;
Intl.Segmenter = new Proxy(Intl.Segmenter, {construct(target, args) { made++; return new target(...args); }});
const [{tokenize}, {default: sliceAnsi}, {default: wrapAnsi}] = await Promise.all([import('@alcalzone/ansi-tokenize'), import('slice-ansi'), import('wrap-ansi')]);
const {latin, other} = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
const run = text => ({tokens: tokenize(text), sliced: sliceAnsi(text, 1, 6), wrapped: wrapAnsi(text, 5, {hard: true})});
const latinResults = latin.map(run);
const afterLatin = made;
console.log(JSON.stringify({afterLatin, results: [...latinResults, ...other.map(run)]}));
`;

/** Bundles `contents` with the product's options, runs it with `input` on stdin, and parses its JSON line. */
async function probe(name: string, contents: string, input = ''): Promise<Record<string, unknown>> {
	const outfile = join(dir, `${name}.mjs`);
	const options = bundleOptions(join(root, 'unused.js'), outfile);
	await build({...options, entryPoints: undefined, stdin: {contents, resolveDir: root, loader: 'js', sourcefile: `${name}.js`}});
	return JSON.parse(execFileSync(process.execPath, [outfile], {encoding: 'utf8', input})) as Record<string, unknown>;
}

describe('bundle options', () => {
	it('lays out with yoga in the bundle without loading undici, and leaves the global fetch to the rest', async () => {
		expect(await probe('yoga-probe', YOGA_PROBE)).toEqual({width: 7, height: 3, undici: false, fetch: 'function'});
	});

	it('sets string-width up on first use, and it measures as the package does', async () => {
		const piece = fc.constantFrom(
			'a',
			' ',
			'漢',
			'😀',
			'👩‍💻',
			'e\u0301',
			'\u200b',
			'\x1b[1m',
			'\x1b[22m',
			'1\u20e3',
			'ﾃﾞ',
			'한',
			'\u1100\u1161',
			'●',
			'★',
			'\t',
		);
		const texts = fc.sample(
			fc.array(piece, {maxLength: 12}).map(parts => parts.join('')),
			{numRuns: 400, seed: 7},
		);
		const report = await probe('width-probe', WIDTH_PROBE, JSON.stringify(texts));
		expect(report['atLoad']).toBe(0);
		expect(report['afterUse']).toBe(1);
		expect(report['widths']).toEqual(texts.map(text => stringWidth(text)));
	});

	it('leaves Ink devtools, ws, ajv and semver out of the bin, and a schema would fail loudly', async () => {
		const result = await build({...bundleOptions(join(root, 'src', 'bin.ts'), join(dir, 'bin.mjs')), write: false, metafile: true});
		const inputs = Object.keys(result.metafile!.inputs);
		expect(inputs.filter(path => /node_modules\/(ws|ajv|ajv-formats|semver|react-devtools-core)\/|ink\/build\/devtools/.test(path))).toEqual([]);
		// conf itself is there, and its store works in the bundle (the pty tests run it); a schema reaches the stand-in.
		// (A worktree whose node_modules is a link sees it as ../main/node_modules/...)
		expect(inputs.filter(path => path.endsWith('node_modules/conf/dist/source/index.js'))).toHaveLength(1);
		const schemaProbe = `
import Conf from 'conf';
try { new Conf({cwd: ${JSON.stringify(dir)}, schema: {a: {type: 'number'}}}); console.log(JSON.stringify({error: null})); }
catch (error) { console.log(JSON.stringify({error: error.message})); }
`;
		expect(await probe('schema-probe', schemaProbe)).toEqual({error: expect.stringContaining("newsterm's bundle leaves out ajv")});
	});

	it("gives the ANSI tokenizers segmenters that skip ICU for Latin text, with the packages' results", async () => {
		const piece = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), {minLength: 1, maxLength: 14}).map(parts => parts.join(''));
		const LATIN = ['a', 'Wo', ' ', '\x1b[1m', '\x1b[22m', '\x1b[31m', '\x1b[39m', '›', '●', '—', 'é', 'Ω', 'Ж', '“', '”'];
		const latin = fc.sample(piece(LATIN), {numRuns: 150, seed: 11});
		const other = fc.sample(piece([...LATIN, '漢', '😀', 'e\u0301', '👩‍💻', '\r\n']), {numRuns: 150, seed: 12});
		const report = await probe('tokenizer-probe', TOKENIZER_PROBE, JSON.stringify({latin, other}));
		expect(report['afterLatin']).toBe(0);
		const run = (text: string) => ({tokens: tokenize(text), sliced: sliceAnsi(text, 1, 6), wrapped: wrapAnsi(text, 5, {hard: true})});
		expect(report['results']).toEqual(JSON.parse(JSON.stringify([...latin, ...other].map(run))));
	});

	it('bundles the program as strict CommonJS that lays out with yoga once yogaReady settles, and the same bytes every time', async () => {
		const options = {...bundleOptions(join(root, 'src', 'bin.ts'), join(dir, 'program.cjs'), {format: 'cjs', minify: true}), write: false};
		// A module reached from Ink and from our code was once strict or not by which importer esbuild met first.
		const builds = await Promise.all([1, 2, 3].map(async () => (await build(options)).outputFiles![0]!.text));
		expect(new Set(builds).size).toBe(1);
		expect(builds[0]).not.toMatch(/\bawait import\(|^import /m);
		const probe = `
import Yoga from 'yoga-layout';
import {yogaReady} from ${JSON.stringify(join(root, 'src', 'runtime', 'yoga-ready.ts'))};
const before = typeof Yoga;
yogaReady.then(() => {
	const node = Yoga.Node.create();
	node.setWidth(4);
	node.calculateLayout();
	const strict = (function () { return this === undefined; })();
	console.log(JSON.stringify({before, width: node.getComputedWidth(), strict}));
});
`;
		const outfile = join(dir, 'yoga-cjs.cjs');
		await build({
			...bundleOptions(join(root, 'unused.js'), outfile, {format: 'cjs'}),
			entryPoints: undefined,
			stdin: {contents: probe, resolveDir: root, loader: 'js', sourcefile: 'yoga-cjs.js'},
		});
		// Strict, as the ES modules it is made from: the prelude's directive covers the whole script.
		expect(JSON.parse(execFileSync(process.execPath, [outfile], {encoding: 'utf8'}))).toEqual({before: 'undefined', width: 4, strict: true});
	});
});
