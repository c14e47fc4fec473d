/**
 * The real newsterm bin in a pty, for end-to-end tests: a shell prints a marker line first (so the
 * user's screen has something to come back to), each run gets its own config and cache folders, and
 * every run still alive after a test is killed.
 */
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll} from 'vitest';
import {BIN, binNode, ensureBuilt} from '../helpers/bin.js';
import {matches, type PtyProcess, type ScreenCondition} from '../helpers/pty.js';
import {usePtyRuns} from '../helpers/pty-runs.js';

/** The line the shell prints before the app starts. */
export const MARKER = 'MARKER printed before newsterm';

/** How to start one run. */
export interface StartOptions {
	readonly cols: number;
	readonly rows: number;
	/** Arguments after the bin, e.g. `['open', id]` or `['--articles', dir]`. */
	readonly args?: readonly string[];
	/** Reuse a config folder (to check state across runs); a fresh one by default. */
	readonly configDir?: string;
	/** Reuse a cache folder (list caches, compiled code); a fresh one by default. */
	readonly cacheDir?: string;
	/** What the screen must also show before the run counts as started (articles read is always required). */
	readonly ready?: ScreenCondition;
	/** More environment for the bin (TERM, LANG ...); `undefined` removes a variable. */
	readonly env?: Readonly<Record<string, string | undefined>>;
	/** The folder the bin starts in (where `s` saves); the test runner's by default. */
	readonly cwd?: string;
}

/** A started run and its private folders. */
export interface StartedApp {
	readonly p: PtyProcess;
	readonly configDir: string;
	readonly cacheDir: string;
}

/** True once the app has read its articles: no "reading…" header and no "Loading…" body. */
const loaded = (screen: readonly string[]): boolean => {
	const text = screen.join('\n');
	return (screen[0] ?? '') !== '' && !text.includes('reading…') && !text.includes('Loading…');
};

/** Every frame the screen output sends ends by parking the cursor at home. */
const frameEnded = (p: PtyProcess, mark: number): boolean => p.bytesWritten() > mark && p.rawSince(mark).endsWith('\x1b[H');

/**
 * Waits until a frame has ended after `mark` and the screen meets `condition`, with the screen parsed
 * up to the very bytes that were checked: a chunk can arrive after the parser caught up, so a raw
 * output that ends a frame does not yet mean a screen that shows it.
 */
async function waitForFrame(p: PtyProcess, mark: number, condition: ScreenCondition, timeoutMs = 5000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		await p.waitFor(screen => frameEnded(p, mark) && matches(condition, screen), Math.max(1, deadline - Date.now()));
		const bytes = p.bytesWritten();
		await p.settle();
		if (p.bytesWritten() === bytes && matches(condition, p.screen())) return;
	}
}

/**
 * Presses `keys` and waits until a frame has been drawn in answer, nothing is loading, and the screen
 * meets `until` (by default: it changed). A loading article already names itself in the header, so
 * `until` alone could match before the body is drawn. Returns the raw output the key caused.
 */
export async function press(p: PtyProcess, keys: string, until?: ScreenCondition): Promise<string> {
	await p.settle();
	const before = p.screenText();
	const mark = p.bytesWritten();
	p.press(keys);
	const wanted = until ?? ((screen: readonly string[]) => screen.join('\n') !== before);
	await waitForFrame(p, mark, screen => loaded(screen) && matches(wanted, screen));
	return p.rawSince(mark);
}

/** Registers build, cleanup and kill hooks; call at the top of a test file. */
export function useApp(): {start(options: StartOptions): Promise<StartedApp>; tempFolder(): Promise<string>} {
	let base = '';
	let count = 0;
	const run = usePtyRuns(MARKER, binNode);
	beforeAll(async () => {
		ensureBuilt();
		base = await mkdtemp(join(tmpdir(), 'newsterm-e2e-'));
	});
	afterAll(async () => {
		await rm(base, {recursive: true, force: true});
	});
	const tempFolder = async (): Promise<string> => mkdtemp(join(base, `run-${count++}-`));
	return {
		tempFolder,
		async start(options) {
			const configDir = options.configDir ?? (await tempFolder());
			const cacheDir = options.cacheDir ?? (await tempFolder());
			const p = run([BIN, ...(options.args ?? [])], {
				cols: options.cols,
				rows: options.rows,
				// Colour on, so screens compare styles too; NO_COLOR beside FORCE_COLOR only makes Node warn.
				env: {FORCE_COLOR: '1', NO_COLOR: undefined, NEWSTERM_CONFIG_DIR: configDir, NEWSTERM_CACHE_DIR: cacheDir, ...options.env},
				...(options.cwd ? {cwd: options.cwd} : {}),
			});
			const ready = options.ready;
			await waitForFrame(p, 0, screen => loaded(screen) && (ready === undefined || matches(ready, screen)));
			return {p, configDir, cacheDir};
		},
	};
}
