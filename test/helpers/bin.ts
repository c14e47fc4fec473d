import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

/** The repository root and the bundled bin the package ships. */
const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'dist', 'newsterm.cjs');

/**
 * The Node the bin under test runs on: NEWSTERM_TEST_NODE when set (CI runs the end-to-end tests
 * again with the current LTS there, while vitest itself stays on the oldest Node `engines` allows),
 * else the one running the tests. Read on each call, so a test can point it elsewhere.
 */
export function binNode(): string {
	return process.env['NEWSTERM_TEST_NODE'] || process.execPath;
}

/** Builds the bin once if a test run starts without it (npm test builds before vitest). */
export function ensureBuilt(): void {
	if (!existsSync(BIN)) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], {stdio: 'inherit'});
}

/** The outcome of one run of the bin. */
export interface BinRun {
	readonly code: number | null;
	readonly stdout: string;
	readonly stderr: string;
}

/** Runs the bin with a private config and cache folder, never a terminal. */
export function runBin(args: readonly string[], env: Readonly<Record<string, string>> = {}): BinRun {
	const result = spawnSync(binNode(), [BIN, ...args], {
		encoding: 'utf8',
		env: {...process.env, NO_COLOR: '', FORCE_COLOR: '0', ...env},
		timeout: 20_000,
	});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** A temporary folder, removed by the returned function. */
export function tempDir(prefix: string): {readonly path: string; readonly remove: () => void} {
	const path = mkdtempSync(join(tmpdir(), prefix));
	return {path, remove: () => rmSync(path, {recursive: true, force: true})};
}
