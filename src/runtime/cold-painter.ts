/**
 * Runs the cold painter (src/cold.ts) that the build embeds in the bin just before the program: on a
 * start with no saved frame, it works out the first frame from the first article file while the
 * program is not even compiled yet (docs/performance.md#cold-paint). Compiled without a code cache:
 * it is small, and it runs only on the starts that have no cache to speak of.
 */
import {createRequire} from 'node:module';
import {dirname} from 'node:path';
import {Script} from 'node:vm';
import type {ColdFacts, ColdFrame} from '../io/frame-cache/index.js';
import {commonJsWrapper, type EmbeddedLayout, readEmbeddedScript} from './embedded.js';

/**
 * Whether the arguments may start the reader, read before the cold painter is compiled: a command
 * word first (`list`, `read`, `refresh` ...) or `--help` / `--version` never does, and they would pay
 * for compiling and running the painter only for it to say no. (`--articles DIR list` still asks it.)
 */
export function mayStartReader(argv: readonly string[]): boolean {
	const first = argv[0];
	if (first !== undefined && !first.startsWith('-')) return false;
	return !argv.some(arg => arg === '--help' || arg === '-h' || arg === '--version' || arg === '-v' || arg === '-V');
}

/**
 * The cold start's first frame from the painter embedded in `binFile` at `layout`, or null; never
 * throws (the program then draws the first frame itself).
 */
export function coldFrame(binFile: string, layout: EmbeddedLayout, facts: Omit<ColdFacts, 'binFile'>): ColdFrame | null {
	try {
		const source = readEmbeddedScript(binFile, layout, 'painter');
		const module = {exports: {} as {coldFrame?: (facts: ColdFacts) => ColdFrame | null}};
		const run = new Script(commonJsWrapper(source), {filename: binFile}).runInThisContext() as (...args: unknown[]) => void;
		run(module.exports, createRequire(binFile), module, binFile, dirname(binFile));
		return module.exports.coldFrame?.({...facts, binFile}) ?? null;
	} catch {
		return null;
	}
}
