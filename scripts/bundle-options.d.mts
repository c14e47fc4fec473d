import type {BuildOptions, Plugin} from 'esbuild';

/** Leaves out Ink's devtools bridge and conf's ajv, ajv-formats and semver, with stand-ins in their place. */
export const leaveOut: Plugin;

/** Options for bundling `entry` into one ESM file that plain `node` runs. */
export function bundleOptions(entry: string, outfile: string, extra?: BuildOptions & {readonly shebang?: boolean}): BuildOptions;

/** Points Ink's Output and widest-line imports at the memoised stand-ins in src/ui/ink/. */
export const inkFastOutput: Plugin;

/** Hides the global fetch from yoga-layout's wasm loader, which would otherwise load undici. */
export const yogaWithoutFetch: Plugin;

/** Defers string-width's module set-up (a segmenter and an emoji regex) to its first call. */
export const lazyStringWidth: Plugin;
