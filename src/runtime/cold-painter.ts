/**
 * Runs the cold painter (src/cold.ts) that the build embeds in the bin just before the program: on a
 * start with no saved frame, it works out the first frame from the first article file while the
 * program is not even compiled yet (docs/performance.md#cold-paint). Compiled without a code cache:
 * it is small, and it runs only on the starts that have no cache to speak of.
 */
import {readFileSync} from 'node:fs';
import {dirname} from 'node:path';
import {Script} from 'node:vm';
import {end, length, painterLength} from 'newsterm:program';

/** What the painter is told, and what it answers (src/cli/start/cold-paint.ts). */
interface ColdFacts {
	readonly argv: readonly string[];
	readonly env: Readonly<Record<string, string | undefined>>;
	readonly binFile: string;
	readonly cols: number;
	readonly rows: number;
}
type ColdFrame = {readonly frame: string; readonly paint: string} | null;

/** The cold start's first frame from the painter in `binFile`, or null; never throws (the program then draws it). */
export function coldFrame(binFile: string, facts: Omit<ColdFacts, 'binFile'>): ColdFrame {
	try {
		const text = readFileSync(binFile, 'latin1');
		const stop = text.length - end.length - length;
		const source = text.slice(stop - painterLength, stop).replaceAll('*\x01/', '*/');
		const module = {exports: {} as {coldFrame?: (facts: ColdFacts) => ColdFrame}};
		const run = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {filename: binFile}).runInThisContext() as (
			...args: unknown[]
		) => void;
		run(module.exports, require, module, binFile, dirname(binFile));
		return module.exports.coldFrame?.({...facts, binFile}) ?? null;
	} catch {
		return null;
	}
}
