// The reference figure for the note on why newsterm draws its own list: bytes and latency per `j` in a
// plain ink-select-input list, bundled the way scripts/build.mjs bundles the app and run in the same pty.
import {join} from 'node:path';
import {build} from 'esbuild';
import {bundleOptions} from './bundle-options.mjs';
import {REPO, summary, tempDir} from './bench-util.mjs';
import {spawnPty} from './pty-driver.mjs';

/** Bundles the fixture into a temp folder; returns the .mjs path. */
async function buildFixture() {
	const outfile = join(tempDir('select'), 'select-list.mjs');
	await build(bundleOptions(join(REPO, 'scripts', 'fixtures', 'select-list.jsx'), outfile));
	return outfile;
}

/**
 * Presses `j` `presses` times in a list of `items` rows showing `limit` of them (undefined: all, so the
 * list is taller than the screen) and returns bytes and latency per key.
 */
async function measure(fixture, {items, limit, presses, cols, rows}) {
	const args = [fixture, String(items), ...(limit === undefined ? [] : [String(limit)])];
	const app = spawnPty(process.execPath, args, {cols, rows});
	try {
		await app.waitFor(screen => screen.some(row => row.includes(`Headline number ${Math.min(limit ?? items, rows - 2)} `)), {label: 'the select list'});
		await app.idle(100);
		const bytes = [];
		const latency = [];
		for (let i = 0; i < presses; i++) {
			const {bytes: b, latencyMs} = await app.key('j');
			bytes.push(b);
			latency.push(latencyMs);
		}
		return {items, limit: limit ?? null, bytes: summary(bytes), latencyMs: summary(latency)};
	} finally {
		await app.kill();
	}
}

/**
 * Two variants: a list limited to fit the screen (the fair comparison with newsterm's own list) and one
 * of all its items, taller than the screen, where Ink clears and repaints everything on each frame.
 */
export async function benchSelect({cols = 100, rows = 30, presses = 20} = {}) {
	const fixture = await buildFixture();
	const fitted = await measure(fixture, {items: 40, limit: rows - 2, presses, cols, rows});
	const overflowing = await measure(fixture, {items: 40, limit: undefined, presses, cols, rows});
	return {fitted, overflowing, bytesPerJ: fitted.bytes.median};
}
