import type {BuildOptions, Plugin} from 'esbuild';

/** Replaces react-devtools-core with an empty module. */
export const stubDevtools: Plugin;

/** Options for bundling `entry` into one ESM file that plain `node` runs. */
export function bundleOptions(entry: string, outfile: string, extra?: BuildOptions & {readonly shebang?: boolean}): BuildOptions;
