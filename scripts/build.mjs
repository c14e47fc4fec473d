// Builds dist/newsterm.cjs, the one file `npx newsterm` runs, which starts far sooner than the same code
// unbundled (docs/performance.md#bundle):
// 1. src/bin.ts (which loads src/cli/main.ts) and every runtime dependency, bundled as one CommonJS script;
// 2. src/runtime/launch.ts, with that script embedded as a string: the launcher compiles it with V8's code
//    cache from an earlier run (src/runtime/code-cache.ts), which ES modules cannot use on Node 20. The
//    launcher is CommonJS too: Node 20 starts a CommonJS file sooner than an ES module
//    (docs/performance.md#cjs-launcher).
import {createHash} from 'node:crypto';
import {chmod, mkdir} from 'node:fs/promises';
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
const hash = createHash('sha256').update(source).digest('hex').slice(0, 16);

/** Resolves `newsterm:program` (src/runtime/launch-program.d.ts) to the script built above. */
const embedProgram = {
	name: 'embed-program',
	setup(b) {
		b.onResolve({filter: /^newsterm:program$/}, () => ({path: 'program', namespace: 'newsterm'}));
		b.onLoad({filter: /.*/, namespace: 'newsterm'}, () => ({
			contents: `export const source = ${JSON.stringify(source)};\nexport const hash = ${JSON.stringify(hash)};`,
			loader: 'js',
		}));
	},
};

await mkdir(dirname(outfile), {recursive: true});
const launcher = bundleOptions(join(root, 'src', 'runtime', 'launch.ts'), outfile, {format: 'cjs', shebang: true, ...small});
await build({...launcher, plugins: [...launcher.plugins, embedProgram]});
await chmod(outfile, 0o755);
