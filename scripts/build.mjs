// Bundles src/bin.ts (which loads src/cli.tsx) and every runtime dependency into one ESM file, dist/newsterm.js, so that
// `npx newsterm` installs nothing and Node loads one file (FIELD-NOTES: ~168 ms bundled vs ~450 ms not).
import {chmod, mkdir} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'dist', 'newsterm.js');

// Ink imports react-devtools-core only when DEV is set; an empty module keeps it out of the bundle.
const stubDevtools = {
	name: 'stub-devtools',
	setup(b) {
		b.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'react-devtools-core', namespace: 'stub'}));
		b.onLoad({filter: /.*/, namespace: 'stub'}, () => ({contents: 'export default {connectToDevTools() {}};', loader: 'js'}));
	},
};

await mkdir(dirname(outfile), {recursive: true});
await build({
	entryPoints: [join(root, 'src', 'bin.ts')],
	outfile,
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	jsx: 'automatic',
	minify: true,
	legalComments: 'none',
	define: {'process.env.NODE_ENV': '"production"'},
	// CommonJS dependencies inside an ESM bundle still call require().
	banner: {js: "#!/usr/bin/env node\nimport {createRequire as __newstermRequire} from 'node:module';\nconst require = __newstermRequire(import.meta.url);"},
	plugins: [stubDevtools],
	logLevel: 'warning',
});
await chmod(outfile, 0o755);
