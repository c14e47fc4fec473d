// Builds dist/newsterm.cjs, the one file `npx newsterm` runs, which starts far sooner than the same code
// unbundled (docs/performance.md#bundle):
// 1. src/bin.ts (which loads src/cli/main.ts) and every runtime dependency, bundled as one CommonJS script;
// 2. src/runtime/launch.ts, with that script embedded as a string: the launcher compiles it with V8's code
//    cache from an earlier run (src/runtime/code-cache.ts), which ES modules cannot use on Node 20. The
//    launcher is CommonJS too: Node 20 starts a CommonJS file sooner than an ES module
//    (docs/performance.md#cjs-launcher).
import {createHash} from 'node:crypto';
import {chmod, mkdir, writeFile} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {bundleOptions} from './bundle-options.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'dist', 'newsterm.cjs');
const small = {minify: true, legalComments: 'none'};

/**
 * Leaves linkedom's CSS parser (cssomnom) out of the program: linkedom calls it only for a `<style>`
 * element's `sheet`, which reader mode (Readability over linkedom, src/core/readable) never reads.
 * Measured: 199 KB less bundle, and the same extraction of the test pages with and without it,
 * `<style>` elements included. The stand-in throws, so a later use of `sheet` fails loudly.
 */
const withoutCssParser = {
	name: 'without-css-parser',
	setup(b) {
		b.onResolve({filter: /^cssomnom(?:\/.*)?$/}, args =>
			/[\\/]linkedom[\\/]/.test(args.importer) ? {path: 'cssomnom', namespace: 'left-out-css'} : undefined,
		);
		b.onLoad({filter: /.*/, namespace: 'left-out-css'}, () => ({
			contents: `export function parse() { throw new Error("newsterm's bundle leaves out cssomnom: a <style> element's sheet is not read (scripts/build.mjs)"); }`,
			loader: 'js',
		}));
	},
};

const programOptions = bundleOptions(join(root, 'src', 'bin.ts'), 'program.cjs', {format: 'cjs', ...small});
const program = await build({...programOptions, plugins: [...programOptions.plugins, withoutCssParser], write: false});
const source = program.outputFiles[0].text;
// The cold painter (src/cold.ts): what a cold start's first frame needs and nothing else, compiled by
// the launcher before the program (docs/performance.md#cold-paint).
const painterOptions = bundleOptions(join(root, 'src', 'cold.ts'), 'cold.cjs', {format: 'cjs', ...small});
const painter = (await build({...painterOptions, write: false})).outputFiles[0].text;
const hash = createHash('sha256').update(painter).update(source).digest('hex').slice(0, 16);

/**
 * The program rides at the end of the launcher in a block comment, not as a string literal: V8 parses
 * a 1 MB string literal on every start (~30 ms on a busy machine, half a bare `node`'s start), and
 * skips a comment in a few; the launcher reads the text back from its own file
 * (docs/performance.md#program-comment). A `*` `/` in the program would end the comment, so each one
 * is written with a \x01 between (esbuild escapes control characters: none is there).
 */
if (source.includes('\x01') || painter.includes('\x01'))
	throw new Error('the bundled program holds a \\x01 character: the launcher could not embed it in a comment (scripts/build.mjs)');
// esbuild writes ASCII except inside regular expressions (a few of Readability's words): written as
// \u escapes there, which mean the same characters, the file is ASCII and read as latin1, without
// UTF-8 decoding (7 -> 1 ms for the 1 MB).
const embeddable = text => text.replace(/[^\x00-\x7f]/g, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).replaceAll('*/', '*\x01/');
const escaped = embeddable(source);
const escapedPainter = embeddable(painter);
const PROGRAM_END = '\n*/\n';

/** Resolves `newsterm:program` (src/runtime/launch-program.d.ts): where the program is, not its text. */
const embedProgram = {
	name: 'embed-program',
	setup(b) {
		b.onResolve({filter: /^newsterm:program$/}, () => ({path: 'program', namespace: 'newsterm'}));
		b.onLoad({filter: /.*/, namespace: 'newsterm'}, () => ({
			contents: `export const length = ${escaped.length};\nexport const painterLength = ${escapedPainter.length};\nexport const end = ${JSON.stringify(PROGRAM_END)};\nexport const hash = ${JSON.stringify(hash)};`,
			loader: 'js',
		}));
	},
};

await mkdir(dirname(outfile), {recursive: true});
const launcher = bundleOptions(join(root, 'src', 'runtime', 'launch.ts'), outfile, {format: 'cjs', shebang: true, ...small});
const built = await build({...launcher, plugins: [...launcher.plugins, embedProgram], write: false});
await writeFile(outfile, `${built.outputFiles[0].text}/*\n${escapedPainter}${escaped}${PROGRAM_END}`, 'latin1');
await chmod(outfile, 0o755);
