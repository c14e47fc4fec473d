import type {BuildOptions, Plugin} from 'esbuild';

/** Replaces react-devtools-core with an empty module. */
export const stubDevtools: Plugin;

/** Options for bundling `entry` into one ESM file that plain `node` runs. */
export function bundleOptions(entry: string, outfile: string, extra?: BuildOptions & {readonly shebang?: boolean}): BuildOptions;

/** Points Ink's Output and widest-line imports at the memoised stand-ins in src/ui/ink/. */
export const inkFastOutput: Plugin;

/** Hides the global fetch from yoga-layout's wasm loader, which would otherwise load undici. */
export const yogaWithoutFetch: Plugin;
