// Shared pieces of the benchmark: cached corpora, statistics, temp folders and the app's screens.
import {createHash} from 'node:crypto';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {DEFAULT_SEED, generateCorpus} from './gen-corpus.mjs';

/** The repository root. */
export const REPO = fileURLToPath(new URL('..', import.meta.url));
/** The built app. */
export const BIN = join(REPO, 'dist', 'newsterm.cjs');

/**
 * The environment every Node the benchmark starts in the pty gets on top of the caller's (the app and
 * Node's floor alike): colour as a user's terminal has it by default, whatever the shell that started
 * the benchmark exported, so figures compare across runs; and no NODE_EXTRA_CA_CERTS, which makes every
 * Node 20 load certificates before it runs a line (here /etc/ssl/certs/ca-certificates.crt: 33 -> 102 ms
 * for `node -e`) and a user's terminal seldom has. That cost fell on both sides of each ratio alike and
 * shrank it: 10k warm 248 / 103 ms = 2.4x with it, 180 / 33 ms = 5.5x without (docs/performance.md).
 */
export const APP_ENV = {NO_COLOR: undefined, FORCE_COLOR: undefined, NODE_EXTRA_CA_CERTS: undefined};

/**
 * Above this 1-minute load average a ratio is reported as taken on a loaded machine (issue 14: load > 1).
 * The benchmark's own runs hold the average at 1.2-1.6 on this 2-core machine with nothing else
 * running, so a long run marks most of its ratios; the figure that counts is a quiet machine's, and the
 * load printed beside each ratio says how far a run was from one.
 */
export const LOADED = 1;

/** The 1-minute load average now, rounded to 0.01. */
export const load1 = () => Math.round(loadavg()[0] * 100) / 100;

/** Middle value (upper middle for an even count); null for no samples. */
export function median(values) {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

/** Median and max of a list of samples, plus their count. */
export const summary = values => ({median: median(values), max: values.length ? Math.max(...values) : null, n: values.length});

/** Rounds for the JSON (ms to 0.1, anything else as is). */
export const round1 = value => (value === null ? null : Math.round(value * 10) / 10);

// The generator's own source is part of the cache key, so a change to it regenerates the corpus.
const generatorHash = () =>
	createHash('sha256')
		.update(readFileSync(join(REPO, 'scripts', 'gen-corpus.mjs')))
		.update(readFileSync(join(REPO, 'scripts', 'gen-prose.mjs')))
		.digest('hex')
		.slice(0, 16);

/**
 * The folder of a generated corpus of `count` articles, kept in os.tmpdir()/newsterm-bench-corpus-<count>
 * and reused while the seed, count and generator are the same. Returns the articles folder and
 * whether it had to be written now.
 */
export async function ensureCorpus(count, seed = DEFAULT_SEED) {
	const root = join(tmpdir(), `newsterm-bench-corpus-${count}`);
	const marker = join(root, 'corpus.json');
	const key = {seed, count, generator: generatorHash()};
	const dir = join(root, 'articles');
	if (existsSync(marker)) {
		try {
			if (JSON.stringify(JSON.parse(readFileSync(marker, 'utf8')).key) === JSON.stringify(key)) return {dir, generated: false, ms: 0};
		} catch {
			// A damaged marker: generate again.
		}
	}
	rmSync(root, {recursive: true, force: true});
	const started = performance.now();
	const {bytes} = await generateCorpus(dir, count, seed);
	// Written last: an interrupted generation leaves no marker and is redone.
	writeFileSync(marker, JSON.stringify({key, bytes}));
	return {dir, generated: true, ms: performance.now() - started};
}

/** Temp folders made with `tempDir`, removed by `removeTempDirs` (also on failures). */
const temps = new Set();

/** A new empty folder under os.tmpdir(). */
export function tempDir(prefix) {
	const dir = mkdtempSync(join(tmpdir(), `newsterm-bench-${prefix}-`));
	temps.add(dir);
	return dir;
}

/** Removes every folder `tempDir` made. */
export function removeTempDirs() {
	for (const dir of temps) rmSync(dir, {recursive: true, force: true});
	temps.clear();
}

// A section row ends with "N of M unread" or "all M read".
const COUNT = /(?:\d+ of (\d+) unread|all (\d+) read)\s*$/;

/** What the app's screens look like: the header row tells them apart. */
export const screens = {
	/** Sections listed: the header and at least one row naming a section. */
	sections: rows => /newsterm › Sections/.test(rows[0] ?? '') && rows.slice(1).some(row => COUNT.test(row)),
	/** The list of one section's headlines, cursor at `position`/`total`. */
	headlines: rows => /^ newsterm › (?!Sections)/.test(rows[0] ?? '') && /\d+\/\d+\s*$/.test(rows[0] ?? ''),
	/** An article, loaded (its header ends with how far through it is, as less shows it: `37%` or `All`). */
	article: rows => /(?:\d+%|All)\s*$/.test(rows[0] ?? '') && !rows.some(row => row.includes('Loading…')),
};

/** The `position/total` at the end of a list header, or null. */
export function listPosition(rows) {
	const match = /(\d+)\/(\d+)\s*$/.exec(rows[0] ?? '');
	return match ? {position: Number(match[1]), total: Number(match[2])} : null;
}

/** How far through the article the screen's bottom is, in percent (`All` is 100), or NaN. */
export const articlePercent = rows => {
	const match = /(?:(\d+)%|All)\s*$/.exec(rows[0] ?? '');
	return match ? Number(match[1] ?? 100) : NaN;
};

/** Sum of the article totals in the sections list ("N of M unread", "all M read"). */
export const sectionTotal = rows =>
	rows.slice(1).reduce((sum, row) => {
		const match = COUNT.exec(row);
		return sum + Number(match?.[1] ?? match?.[2] ?? 0);
	}, 0);
