import type {BuildOptions} from 'esbuild';

/**
 * Options for bundling `entry` into one file that plain `node` runs (ESM, or CommonJS with
 * `format: 'cjs'`), with the plugins that replace or leave out parts of Ink and its dependencies
 * (see bundle-options.mjs).
 */
export function bundleOptions(entry: string, outfile: string, extra?: BuildOptions & {readonly shebang?: boolean}): BuildOptions;
