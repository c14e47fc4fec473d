/**
 * Bundles a TSX fixture app into one .mjs that plain `node` can run in a pty (vitest's transform does
 * not reach a spawned process). Same adjustments as the product bundle: ESM, a require() shim for
 * CommonJS dependencies, and an empty react-devtools-core.
 */
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {build, type Plugin} from 'esbuild';

const stubDevtools: Plugin = {
	name: 'stub-devtools',
	setup(b) {
		b.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'react-devtools-core', namespace: 'stub'}));
		b.onLoad({filter: /.*/, namespace: 'stub'}, () => ({contents: 'export default {connectToDevTools() {}};', loader: 'js'}));
	},
};

/** A built fixture and the way to remove it. */
export interface BuiltFixture {
	readonly file: string;
	cleanup(): Promise<void>;
}

/** Builds `entry` into a temporary folder. */
export async function buildFixture(entry: string): Promise<BuiltFixture> {
	const dir = await mkdtemp(join(tmpdir(), 'newsterm-fixture-'));
	const file = join(dir, 'app.mjs');
	await build({
		entryPoints: [entry],
		outfile: file,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		jsx: 'automatic',
		define: {'process.env.NODE_ENV': '"production"'},
		banner: {js: "import {createRequire} from 'node:module'; const require = createRequire(import.meta.url);"},
		plugins: [stubDevtools],
		logLevel: 'warning',
	});
	return {file, cleanup: () => rm(dir, {recursive: true, force: true})};
}
