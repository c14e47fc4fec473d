// A small pty harness for the benchmark (plain JS; test/helpers/pty.ts is the TypeScript one for tests):
// a command in @lydell/node-pty, every output chunk timed on arrival and parsed by a headless xterm of the same
// size. Screen conditions are checked after each chunk is parsed, so a wait reports the arrival time
// of the chunk that made the screen match, not the time a poll happened to look.
import {readFileSync} from 'node:fs';
import xterm from '@xterm/headless';
import pty from '@lydell/node-pty';

// @xterm/headless is a CommonJS bundle: the class is a property of its default export.
const {Terminal} = xterm;

/** Text rows of a terminal, right-trimmed. */
function rowsOf(term) {
	const buffer = term.buffer.active;
	const rows = [];
	for (let y = 0; y < term.rows; y++) rows.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
	return rows;
}

const matches = (condition, rows) =>
	typeof condition === 'function' ? condition(rows) : typeof condition === 'string' ? rows.join('\n').includes(condition) : condition.test(rows.join('\n'));

/** Children still running, so an interrupted benchmark can end them (by pid, one by one). */
const live = new Set();

/** Kills every child this module spawned that has not exited yet. */
export function killAll() {
	for (const child of live) {
		try {
			child.kill('SIGKILL');
		} catch {
			// Already gone.
		}
	}
	live.clear();
}

/**
 * Spawns `command args` in a cols x rows pty with TERM=xterm-256color and without CI (Ink draws nothing
 * under CI). `env` entries override the parent's; an undefined value removes one.
 */
export function spawnPty(command, args, {cols = 100, rows = 30, env = {}, cwd = process.cwd()} = {}) {
	const childEnv = {};
	for (const [key, value] of Object.entries({...process.env, TERM: 'xterm-256color', ...env})) {
		if (value !== undefined) childEnv[key] = value;
	}
	delete childEnv.CI;
	delete childEnv.CONTINUOUS_INTEGRATION;
	const term = new Terminal({cols, rows, scrollback: 0, allowProposedApi: true});
	/** Every output chunk: arrival time (performance.now), size in bytes and the text. */
	const chunks = [];
	const watchers = new Set();
	let parsed = Promise.resolve();
	let exit = null;
	const started = performance.now();
	const child = pty.spawn(command, args, {name: 'xterm-256color', cols, rows, cwd, env: childEnv});
	child.onData(data => {
		const chunk = {t: performance.now(), bytes: Buffer.byteLength(data), data};
		chunks.push(chunk);
		parsed = parsed
			.then(() => new Promise(resolve => term.write(data, resolve)))
			.then(() => {
				if (watchers.size === 0) return;
				const rows = rowsOf(term);
				for (const watcher of watchers) {
					if (matches(watcher.condition, rows)) watcher.done(chunk.t);
				}
			});
	});
	live.add(child);
	const exited = new Promise(resolve =>
		child.onExit(result => {
			live.delete(child);
			resolve((exit = result));
		}),
	);

	const driver = {
		started,
		pid: child.pid,
		chunks,
		exited,
		screen: () => rowsOf(term),
		/** Resolves once every chunk received so far is on the parsed screen. */
		settle: () => parsed,
		/**
		 * Waits until the screen matches (text, RegExp or a test of the rows); resolves with the arrival
		 * time of the chunk that made it match (or of the last chunk, if it already does). On timeout or
		 * exit it throws with the label and the screen.
		 */
		async waitFor(condition, {timeoutMs = 10_000, label = String(condition)} = {}) {
			await parsed;
			// Already there: the last chunk parsed is the latest it can have become true.
			if (matches(condition, rowsOf(term))) return chunks.at(-1)?.t ?? performance.now();
			return new Promise((resolve, reject) => {
				const stop = () => {
					clearTimeout(timer);
					watchers.delete(watcher);
				};
				const fail = why => {
					stop();
					reject(new Error(`${why} waiting for ${label}; screen:\n${rowsOf(term).join('\n')}`));
				};
				const watcher = {
					condition,
					done: t => {
						stop();
						resolve(t);
					},
				};
				const timer = setTimeout(() => fail(`timed out after ${timeoutMs} ms`), timeoutMs);
				watchers.add(watcher);
				exited.then(() => setTimeout(() => watchers.has(watcher) && fail(`the program exited (${JSON.stringify(exit)})`), 50));
			});
		},
		/**
		 * Writes `keys` and waits until output has started and then paused for `quietMs` (and, with
		 * `until`, the screen matches: a frame drawn in two steps, such as "Loading…" then the article,
		 * counts as one). Returns the bytes of that output and the latency from the write to the last
		 * chunk's arrival.
		 */
		async key(keys, {quietMs = 30, timeoutMs = 5000, until = null} = {}) {
			await parsed;
			const from = chunks.length;
			const sent = performance.now();
			child.write(keys);
			for (;;) {
				await new Promise(resolve => setTimeout(resolve, 5));
				const now = performance.now();
				const last = chunks.at(-1);
				if (chunks.length > from && now - last.t >= quietMs) {
					await parsed;
					if (until === null || matches(until, rowsOf(term))) break;
				}
				if (now - sent > timeoutMs) {
					const what = chunks.length > from ? 'output, but not the expected screen,' : 'no output';
					throw new Error(`${what} for ${JSON.stringify(keys)} after ${timeoutMs} ms; screen:\n${rowsOf(term).join('\n')}`);
				}
			}
			await parsed;
			const out = chunks.slice(from);
			return {bytes: out.reduce((sum, c) => sum + c.bytes, 0), latencyMs: out.at(-1).t - sent, chunks: out.length};
		},
		/** Waits until no output has arrived for `quietMs` (a frame drawn after the one waited for). */
		async idle(quietMs = 100, timeoutMs = 10_000) {
			const since = performance.now();
			for (;;) {
				const now = performance.now();
				if (now - Math.max(chunks.at(-1)?.t ?? 0, since) >= quietMs) return parsed;
				if (now - since > timeoutMs) throw new Error(`output did not pause for ${quietMs} ms within ${timeoutMs} ms`);
				await new Promise(resolve => setTimeout(resolve, 5));
			}
		},
		/** Writes without waiting. */
		press: keys => child.write(keys),
		/** Peak resident set size in bytes (VmHWM), or null once the process is gone. */
		peakRss() {
			try {
				const kb = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
				return kb === undefined ? null : Number(kb) * 1024;
			} catch {
				return null;
			}
		},
		/** Kills the child (if still running) and waits for it; never throws. */
		async kill(signal = 'SIGKILL') {
			if (exit === null) {
				try {
					child.kill(signal);
				} catch {
					// Already gone.
				}
			}
			await Promise.race([exited, new Promise(resolve => setTimeout(resolve, 2000))]);
			term.dispose();
		},
	};
	return driver;
}
