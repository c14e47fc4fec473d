// The esbuild settings every bundle of this project's code needs, in one place: the product bin,
// the pty test fixtures, and the benchmark's helper bundles.
// - ESM output (Ink 6.8 breaks as CommonJS), Node 20, React's automatic JSX runtime;
// - a require() shim, since CommonJS dependencies (conf's, Ink's) still call require() in ESM;
// - an empty react-devtools-core, which Ink imports only when DEV is set.

/** Replaces react-devtools-core with an empty module. */
export const stubDevtools = {
	name: 'stub-devtools',
	setup(b) {
		b.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'react-devtools-core', namespace: 'stub'}));
		b.onLoad({filter: /.*/, namespace: 'stub'}, () => ({contents: 'export default {connectToDevTools() {}};', loader: 'js'}));
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
		plugins: [stubDevtools],
		logLevel: 'warning',
		...extra,
	};
}
