// Bundles src/bin.ts (which loads src/cli.tsx) and every runtime dependency into one ESM file, dist/newsterm.js, so that
// `npx newsterm` installs nothing and Node loads one file (FIELD-NOTES: ~168 ms bundled vs ~450 ms not).
import {chmod, mkdir} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {bundleOptions} from './bundle-options.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'dist', 'newsterm.js');

await mkdir(dirname(outfile), {recursive: true});
await build(bundleOptions(join(root, 'src', 'bin.ts'), outfile, {shebang: true, minify: true, legalComments: 'none'}));
await chmod(outfile, 0o755);
