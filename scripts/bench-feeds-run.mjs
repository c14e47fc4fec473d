// Runs a refresh as a child process and times it: newsterm's `refresh` or the minimal script, each from
// spawn to exit, both under `/usr/bin/time -f %M` for the peak RSS (the kernel's maximum resident set
// of the child, in KB), both with the same environment, and each with the loopback server's counters
// taken for exactly its run.
import {spawn} from 'node:child_process';
import {existsSync, readFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {APP_ENV, BIN, REPO, round1, tempDir} from './bench-util.mjs';

/** GNU time, whose `-f %M` gives the child's peak RSS; without it the peak is not measured (null). */
const TIME = '/usr/bin/time';
/** Which way the peak RSS is measured, for the report. */
export const RSS_METHOD = existsSync(TIME) ? '/usr/bin/time -f %M' : 'not measured (no /usr/bin/time)';
/** The baseline script. */
export const MINIMAL = join(REPO, 'scripts', 'bench-feeds-minimal.mjs');

/**
 * The children's environment on top of the caller's: the benchmark's (APP_ENV), and no proxy, so
 * both sides talk to the loopback server straight.
 */
export const FEEDS_ENV = {...APP_ENV, HTTP_PROXY: undefined, HTTPS_PROXY: undefined, http_proxy: undefined, https_proxy: undefined, ALL_PROXY: undefined};

/** Children still running, so an interrupted benchmark can end them (by pid, one by one). */
const live = new Set();

/** Kills a child's process group: `time` and the node under it (SIGKILL to `time` alone would orphan node). */
function killGroup(child) {
	try {
		process.kill(-child.pid, 'SIGKILL');
	} catch {
		// Already gone.
	}
}

/** Kills every refresh this module started that has not exited yet. */
export function killRefreshes() {
	for (const child of live) killGroup(child);
	live.clear();
}

const childEnv = env => {
	const out = {};
	for (const [key, value] of Object.entries({...process.env, ...FEEDS_ENV, ...env})) if (value !== undefined) out[key] = value;
	return out;
};

/**
 * Runs `node args` to its end: milliseconds from spawn to exit, exit code, peak RSS in bytes (or
 * null), the tail of its output, and the server's counters for the run (`server.takeCounts()`
 * before and after). Rejects only when it cannot be started or outlives `timeoutMs`.
 */
export async function timeNode(args, {env = {}, server, timeoutMs = 300_000} = {}) {
	const rssFile = join(tempDir('rss'), 'rss');
	const [command, argv] = existsSync(TIME) ? [TIME, ['-f', '%M', '-o', rssFile, process.execPath, ...args]] : [process.execPath, args];
	server?.takeCounts();
	const started = performance.now();
	// In a process group of its own, so it and what it runs can be killed together.
	const child = spawn(command, argv, {env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'], detached: true});
	live.add(child);
	let out = '';
	let err = '';
	child.stdout.on('data', chunk => (out = (out + chunk).slice(-4000)));
	child.stderr.on('data', chunk => (err = (err + chunk).slice(-4000)));
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		killGroup(child);
	}, timeoutMs);
	const code = await new Promise((resolve, reject) => {
		child.once('error', reject);
		child.once('close', (exitCode, signal) => resolve(signal ? signal : exitCode));
	}).finally(() => {
		clearTimeout(timer);
		live.delete(child);
	});
	const ms = performance.now() - started;
	const counts = server?.takeCounts() ?? null;
	let peakRss = null;
	try {
		// GNU time writes "Command exited with non-zero status N" before the figure when the child fails.
		const kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1));
		if (Number.isFinite(kb) && kb > 0) peakRss = kb * 1024;
	} catch {
		// No file: time is missing or the child was killed.
	}
	rmSync(rssFile, {force: true});
	if (timedOut) throw new Error(`node ${args.join(' ')} ran longer than ${timeoutMs} ms`);
	return {ms: round1(ms), code, peakRss, counts, out: out.trim(), err: err.trim()};
}

/** Fresh configuration, cache and data folders for newsterm, as NEWSTERM_* variables. */
export function newstermDirs() {
	const root = tempDir('feeds');
	return {NEWSTERM_CONFIG_DIR: join(root, 'config'), NEWSTERM_CACHE_DIR: join(root, 'cache'), NEWSTERM_DATA_DIR: join(root, 'data')};
}

/** `newsterm refresh` with `dirs`; a run that did not exit 0 throws with what it said. */
export async function newstermRefresh(dirs, server) {
	const run = await timeNode([BIN, 'refresh'], {env: dirs, server});
	if (run.code !== 0) throw new Error(`newsterm refresh exited ${run.code}: ${(run.err || run.out).split('\n').slice(-3).join(' / ')}`);
	return run;
}

/** The minimal script over the URLs in `urlsFile`, its validators kept in `stateFile`. */
export async function minimalRefresh(urlsFile, stateFile, server) {
	const run = await timeNode([MINIMAL, urlsFile, stateFile], {server});
	if (run.code !== 0) throw new Error(`the minimal script exited ${run.code}: ${run.err.split('\n').slice(-3).join(' / ')}`);
	return run;
}
