/**
 * Bundles a TSX fixture app into one .mjs that plain `node` can run in a pty (vitest's transform does
 * not reach a spawned process), with the product bundle's settings (scripts/bundle-options.mjs).
 */
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {build} from 'esbuild';
import {bundleOptions} from '../../scripts/bundle-options.mjs';

/** A built fixture and the way to remove it. */
export interface BuiltFixture {
	readonly file: string;
	cleanup(): Promise<void>;
}

/** Builds `entry` into a temporary folder. */
export async function buildFixture(entry: string): Promise<BuiltFixture> {
	const dir = await mkdtemp(join(tmpdir(), 'newsterm-fixture-'));
	const file = join(dir, 'app.mjs');
	await build(bundleOptions(entry, file));
	return {file, cleanup: () => rm(dir, {recursive: true, force: true})};
}
