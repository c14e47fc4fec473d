// The esbuild settings every bundle of this project's code needs, in one place: the product bin,
// the pty test fixtures, and the benchmark's helper bundles.
// - ESM output (Ink 6.8 breaks as CommonJS), Node 20, React's automatic JSX runtime;
// - a require() shim, since CommonJS dependencies (conf's, Ink's) still call require() in ESM;
// - an empty react-devtools-core, which Ink imports only when DEV is set;
// - Ink's per-frame Output and its widest-line replaced by row-memoised versions (src/ui/ink/), which
//   draw the same frames for a fraction of the work (test/ui/ink/fast-output.test.ts compares them).
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Replaces react-devtools-core with an empty module. */
export const stubDevtools = {
	name: 'stub-devtools',
	setup(b) {
		b.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'react-devtools-core', namespace: 'stub'}));
		b.onLoad({filter: /.*/, namespace: 'stub'}, () => ({contents: 'export default {connectToDevTools() {}};', loader: 'js'}));
	},
};

// The stand-ins follow Ink 6.8's internals; another Ink must be checked against them before it ships.
const INK_CHECKED = /^6\.8\./;

/** Points Ink's `./output.js` and `widest-line` imports at the memoised stand-ins. */
export const inkFastOutput = {
	name: 'ink-fast-output',
	setup(b) {
		const {version} = JSON.parse(readFileSync(join(root, 'node_modules', 'ink', 'package.json'), 'utf8'));
		if (!INK_CHECKED.test(version)) throw new Error(`src/ui/ink/ stands in for Ink 6.8 internals, but Ink ${version} is installed: check it against test/ui/ink/fast-output.test.ts and update INK_CHECKED`);
		const fromInk = args => /[\\/]node_modules[\\/]ink[\\/]build[\\/]/.test(args.importer);
		b.onResolve({filter: /^\.\/output\.js$/}, args => (fromInk(args) ? {path: join(root, 'src', 'ui', 'ink', 'fast-output.ts')} : undefined));
		b.onResolve({filter: /^widest-line$/}, args => (fromInk(args) ? {path: join(root, 'src', 'ui', 'ink', 'widest-line.ts')} : undefined));
	},
};

/**
 * Hides `fetch` from yoga-layout's wasm loader. The loader is an Emscripten web build: seeing a global
 * fetch, it fetches its own inline `data:` URL, and on Node 20 the first touch of `fetch` loads undici
 * (about 120 ms of a start-up). Without it the loader decodes the same inline bytes directly.
 */
export const yogaWithoutFetch = {
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

const REQUIRE_SHIM = "import {createRequire as __newstermRequire} from 'node:module';\nconst require = __newstermRequire(import.meta.url);";

/**
 * Options for bundling `entry` into one ESM file that plain `node` runs. `extra` is merged last;
 * `shebang` puts `#!/usr/bin/env node` before the shim, for a bin.
 */
export function bundleOptions(entry, outfile, {shebang = false, ...extra} = {}) {
	return {
		entryPoints: [entry],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		jsx: 'automatic',
		define: {'process.env.NODE_ENV': '"production"'},
		banner: {js: (shebang ? '#!/usr/bin/env node\n' : '') + REQUIRE_SHIM},
		plugins: [stubDevtools, inkFastOutput, yogaWithoutFetch],
		logLevel: 'warning',
		...extra,
	};
}
