// The esbuild settings every bundle of this project's code needs, in one place: the product bin,
// the pty test fixtures, and the benchmark's helper bundles.
// - ESM output, or CommonJS for the product bin (see withoutTopLevelAwait), Node 20, React's
//   automatic JSX runtime;
// - in ESM a require() shim, since CommonJS dependencies (conf's, Ink's) still call require();
// - Ink's devtools bridge and conf's schema and migration libraries left out (see LEFT_OUT);
// - string-width set up on first use, the ANSI tokenizers' grapheme segmenters made only for text
//   that needs one, and yoga's wasm loaded without touching fetch: start-up time;
// - Ink's per-frame Output and its widest-line replaced by row-memoised versions (src/ui/ink/), which
//   draw the same frames for a fraction of the work (test/ui/ink/fast-output.test.ts compares them).
// docs/performance.md gives each its measured gain, the test that guards it and when it may go.
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const leftOut = name => `newsterm's bundle leaves out ${name}: conf is used without a schema or migrations (scripts/bundle-options.mjs)`;

/**
 * Modules the bundle leaves out, each replaced by a small module in its place: a good part of the
 * bundle that every start would otherwise parse for nothing (docs/performance.md#left-out).
 * - Ink's React devtools bridge (and ws, which it brings), loaded only when DEV=true;
 * - conf's ajv, ajv-formats and semver, which conf calls only for a schema or migrations. Their stand-ins
 *   throw if called, so a schema added later fails loudly in the pty tests instead of silently.
 */
const LEFT_OUT = [
	{importer: /[\\/]ink[\\/]build[\\/]reconciler\.js$/, filter: /^\.\/devtools\.js$/, contents: 'export {};'},
	{
		importer: /[\\/]conf[\\/]/,
		filter: /^ajv\/dist\/2020\.js$/,
		contents: `export class Ajv2020 { constructor() { throw new Error(${JSON.stringify(leftOut('ajv'))}); } }`,
	},
	{
		importer: /[\\/]conf[\\/]/,
		filter: /^ajv-formats$/,
		contents: `export default {default() { throw new Error(${JSON.stringify(leftOut('ajv-formats'))}); }};`,
	},
	{
		importer: /[\\/]conf[\\/]/,
		filter: /^semver$/,
		contents: `export default new Proxy({}, {get() { return () => { throw new Error(${JSON.stringify(leftOut('semver'))}); }; }});`,
	},
];

/** Puts the LEFT_OUT stand-ins in place of those imports. */
const leaveOut = {
	name: 'leave-out',
	setup(b) {
		for (const [index, {importer, filter}] of LEFT_OUT.entries()) {
			b.onResolve({filter}, args => (importer.test(args.importer) ? {path: String(index), namespace: 'left-out'} : undefined));
		}
		b.onLoad({filter: /.*/, namespace: 'left-out'}, args => ({contents: LEFT_OUT[Number(args.path)].contents, loader: 'js'}));
	},
};

// The stand-ins follow Ink 6.8's internals; another Ink must be checked against them before it ships.
const INK_CHECKED = /^6\.8\./;

/**
 * Points Ink's `./output.js` and `widest-line` imports at the memoised stand-ins
 * (docs/performance.md#ink-output).
 */
const inkFastOutput = {
	name: 'ink-fast-output',
	setup(b) {
		const {version} = JSON.parse(readFileSync(join(root, 'node_modules', 'ink', 'package.json'), 'utf8'));
		if (!INK_CHECKED.test(version))
			throw new Error(
				`src/ui/ink/ stands in for Ink 6.8 internals, but Ink ${version} is installed: check it against test/ui/ink/fast-output.test.ts and update INK_CHECKED`,
			);
		const fromInk = args => /[\\/]node_modules[\\/]ink[\\/]build[\\/]/.test(args.importer);
		b.onResolve({filter: /^\.\/output\.js$/}, args => (fromInk(args) ? {path: join(root, 'src', 'ui', 'ink', 'fast-output.ts')} : undefined));
		b.onResolve({filter: /^widest-line$/}, args => (fromInk(args) ? {path: join(root, 'src', 'ui', 'ink', 'widest-line.ts')} : undefined));
	},
};

/**
 * Hides `fetch` from yoga-layout's wasm loader. The loader is an Emscripten web build: seeing a global
 * fetch, it fetches its own inline `data:` URL, and on Node 20 the first touch of `fetch` loads undici,
 * a large part of a start-up (docs/performance.md#yoga-without-fetch). Without it the loader decodes
 * the same inline bytes directly.
 */
const yogaWithoutFetch = {
	name: 'yoga-without-fetch',
	setup(b) {
		b.onLoad({filter: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/}, args => {
			const source = readFileSync(args.path, 'utf8');
			// A name of its own, not a top-level `fetch`: the bundle is one scope, and the rest of it keeps the real one.
			const contents = source.replace(/\bfetch\b/g, '__yogaFetch');
			if (contents === source) throw new Error(`yoga-layout's loader no longer mentions fetch (${args.path}): check yogaWithoutFetch`);
			return {contents: `const __yogaFetch = undefined;\n${contents}`, loader: 'js'};
		});
	},
};

/**
 * Defers string-width's set-up to its first call. At load it builds an Intl.Segmenter and an
 * RGI_Emoji regex, paid by every start, even `--version` (docs/performance.md#lazy-string-width), and
 * the reader measures narrow text without it (src/core/text/narrow.ts). Everything after the imports
 * moves into a function run once, and its segmenter is the lazy one (withLazySegmenters, below).
 */
const lazyStringWidth = {
	name: 'lazy-string-width',
	setup(b) {
		b.onLoad({filter: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/}, args => {
			const source = readFileSync(args.path, 'utf8');
			const imports = source.match(/^import .*;$/gm) ?? [];
			let body = source;
			for (const line of imports) body = body.replace(line, '');
			const head = 'export default function stringWidth(';
			if (body.split(head).length !== 2 || /^export (?!default function stringWidth\()/m.test(body)) {
				throw new Error(`string-width's module is no longer one default export after its imports (${args.path}): check lazyStringWidth`);
			}
			body = body.replace(head, 'function stringWidth(');
			return {
				contents: withLazySegmenters(
					`${imports.join('\n')}\nlet measure;\nexport default function stringWidth(input, options) {\n\tmeasure ??= (() => {${body}\nreturn stringWidth;})();\n\treturn measure(input, options);\n}\n`,
				),
				loader: 'js',
				resolveDir: dirname(args.path),
			};
		});
	},
};

/**
 * Gives the ANSI tokenizers Ink draws with (and string-width) a grapheme segmenter that builds an
 * Intl.Segmenter only for text that needs one (src/core/text/segmenter.ts). Each made one as it loaded,
 * and the first Intl.Segmenter of a process costs ICU's set-up before the first frame of every start
 * (docs/performance.md#segmenter).
 */
const SEGMENTER = join(root, 'src', 'core', 'text', 'segmenter.ts');
const withLazySegmenters = source =>
	`import {createSegmenter as __newstermSegmenter} from ${JSON.stringify(SEGMENTER)};\n${source.replaceAll('new Intl.Segmenter(', '__newstermSegmenter(')}`;
const lazySegmenters = {
	name: 'lazy-segmenters',
	setup(b) {
		b.onLoad(
			{filter: /[\\/]node_modules[\\/](@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize|slice-ansi[\\/]tokenize-ansi|wrap-ansi[\\/]index)\.js$/},
			args => {
				const source = readFileSync(args.path, 'utf8');
				if (!source.includes('new Intl.Segmenter(')) return undefined;
				return {contents: withLazySegmenters(source), loader: 'js', resolveDir: dirname(args.path)};
			},
		);
	},
};

/**
 * For a CommonJS bundle, which has no top-level await (the product bin is one: src/runtime/launch.ts). Two
 * modules use it:
 * - Ink's reconciler, only when DEV=true (the devtools bridge the bundle leaves out, and reading its
 *   package.json for them): the bundle takes the DEV=false branch;
 * - yoga-layout, which awaits its wasm before exporting the layout engine. Here it exports the engine
 *   as a binding filled in when the wasm is ready, and the promise for that, which src/runtime/yoga-ready.ts
 *   passes on: the reader waits on it before its first render, the first time anything lays out, so
 *   the wasm compiles while the scan runs (docs/performance.md#yoga-without-tla).
 */
const withoutTopLevelAwait = {
	name: 'without-top-level-await',
	setup(b) {
		b.onLoad({filter: /[\\/]ink[\\/]build[\\/]reconciler\.js$/}, args => {
			const source = readFileSync(args.path, 'utf8');
			const awaits = [
				["await import('./devtools.js')", 'undefined'],
				['await loadPackageJson()', '{name: undefined, version: undefined}'],
			];
			if (!awaits.every(([awaited]) => source.split(awaited).length === 2))
				throw new Error(`Ink's reconciler no longer awaits as expected (${args.path}): check withoutTopLevelAwait`);
			return {contents: awaits.reduce((text, [awaited, value]) => text.replace(awaited, value), source), loader: 'js'};
		});
		b.onLoad({filter: /[\\/]yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/}, args => {
			const source = readFileSync(args.path, 'utf8');
			const awaited = 'const Yoga = wrapAssembly(await loadYoga());';
			// `export default Yoga` would export the value at load time, undefined; `as default` exports the binding.
			const exported = 'export default Yoga;';
			if (!source.includes(awaited) || !source.includes(exported))
				throw new Error(`yoga-layout no longer loads as expected (${args.path}): check withoutTopLevelAwait`);
			const contents = source
				.replace(awaited, 'let Yoga;\nexport const yogaReady = loadYoga().then(assembly => { Yoga = wrapAssembly(assembly); });')
				.replace(exported, 'export {Yoga as default};');
			return {contents, loader: 'js', resolveDir: dirname(args.path)};
		});
		const yogaReady = join(root, 'src', 'runtime', 'yoga-ready.ts');
		b.onLoad({filter: /[\\/]yoga-ready\.ts$/}, args =>
			args.path === yogaReady ? {contents: "export {yogaReady} from 'yoga-layout';", loader: 'js', resolveDir: dirname(args.path)} : undefined,
		);
	},
};

const REQUIRE_SHIM = "import {createRequire as __newstermRequire} from 'node:module';\nconst require = __newstermRequire(import.meta.url);";
// First, so the whole script is strict: the ES modules it is made from were, and esbuild's own
// "use strict" comes after the banner, where it is not a directive. CommonJS has no import.meta; the
// one use left (cli/main.ts finding the bundled articles) wants the bin's URL.
const CJS_PRELUDE = "'use strict';\nconst __newstermUrl = require('node:url').pathToFileURL(__filename).href;";

/**
 * Options for bundling `entry` into one file that plain `node` runs: ESM, or with `format: 'cjs'` a
 * CommonJS script. `extra` is merged last; `shebang` puts `#!/usr/bin/env node` first, for a bin.
 */
export function bundleOptions(entry, outfile, {shebang = false, format = 'esm', ...extra} = {}) {
	const cjs = format === 'cjs';
	return {
		entryPoints: [entry],
		outfile,
		bundle: true,
		platform: 'node',
		format,
		target: 'node20',
		jsx: 'automatic',
		define: {'process.env.NODE_ENV': '"production"', ...(cjs ? {'import.meta.url': '__newstermUrl'} : {})},
		banner: {js: (shebang ? '#!/usr/bin/env node\n' : '') + (cjs ? CJS_PRELUDE : REQUIRE_SHIM)},
		plugins: [leaveOut, inkFastOutput, yogaWithoutFetch, lazyStringWidth, lazySegmenters, ...(cjs ? [withoutTopLevelAwait] : [])],
		// One tsconfig for every file: found per file, a module that Ink and our code both import was
		// strict or not depending on which importer esbuild reached first, and builds differed.
		tsconfig: join(root, 'tsconfig.json'),
		logLevel: 'warning',
		...extra,
	};
}
