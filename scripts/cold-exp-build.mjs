import {build} from 'esbuild';
import {bundleOptions} from './bundle-options.mjs';
const o = bundleOptions('/work/main/scripts/cold-exp.ts', '/tmp/m/cold.cjs', {format: 'cjs', minify: true, legalComments: 'none'});
await build({...o, write: true});
