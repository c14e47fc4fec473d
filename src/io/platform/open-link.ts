/**
 * Opening a link in the user's browser: `$BROWSER` when set, else the platform opener.
 * The URL is untrusted, so it is validated first and then passed as a single argument to the
 * opener, never through a shell.
 */
import {createRequire} from 'node:module';
import {safeExternalUrl} from '../../core/article/index.js';

/**
 * The options every opener is started with: no shell, not tied to our terminal or lifetime.
 * @internal Tests use it; the program does not.
 */
export interface OpenerSpawnOptions {
	readonly shell: false;
	readonly detached: true;
	readonly stdio: 'ignore';
	readonly windowsHide: true;
	readonly env?: NodeJS.ProcessEnv;
}

/**
 * The part of a child process `openExternal` uses; node's `ChildProcess` fits.
 * @internal Tests use it; the program does not.
 */
export interface OpenerProcess {
	once(event: 'spawn', listener: () => void): unknown;
	once(event: 'error', listener: (error: Error) => void): unknown;
	unref(): void;
}

/**
 * The shape of `child_process.spawn` that `openExternal` needs; tests pass a fake.
 * @internal Tests use it; the program does not.
 */
export type SpawnOpener = (command: string, args: string[], options: OpenerSpawnOptions) => OpenerProcess;

/** Options for `openExternal`: all default to the real machine. */
export interface OpenExternalOptions {
	readonly platform?: NodeJS.Platform;
	readonly spawn?: SpawnOpener;
	/** Environment for the opener (its PATH is where the opener is looked up) and its `BROWSER`; without one, the platform opener. */
	readonly env?: NodeJS.ProcessEnv;
}

/** The outcome of `openExternal`; failures carry a message fit to show the user. */
export type OpenExternalResult = {readonly ok: true} | {readonly ok: false; readonly error: string};

/**
 * The opener and its arguments before the URL. Windows: `cmd /c start "" url` would let cmd.exe
 * parse `&`, `|` and `^` inside the URL, so use url.dll's handler, which takes the URL as it is
 * (and exits 0, unlike explorer.exe).
 */
function openerFor(platform: NodeJS.Platform): readonly [string, ...string[]] {
	if (platform === 'darwin') return ['open'];
	if (platform === 'win32') return ['rundll32', 'url.dll,FileProtocolHandler'];
	return ['xdg-open'];
}

/**
 * The browser `$BROWSER` names, as an argument list with the URL in it: its first command (it may
 * list several, `:`-separated, as man and xdg-utils read it), split on spaces, with `%s` replaced
 * by the URL or the URL added last. Null when it names none. No shell ever sees it.
 * @internal Tests use it; the program does not.
 */
export function browserCommand(browser: string | undefined, url: string): readonly [string, ...string[]] | null {
	const words = (browser ?? '').split(':')[0]?.trim().split(/\s+/).filter(Boolean) ?? [];
	const [command, ...rest] = words;
	if (command === undefined) return null;
	const args = rest.map(word => word.replaceAll('%s', url));
	return [command, ...(words.some(word => word.includes('%s')) ? args : [...args, url])];
}

function describe(error: unknown, opener: string): string {
	const code = (error as {code?: unknown} | null)?.code;
	if (code === 'ENOENT') return `cannot open links: ${opener} was not found`;
	const detail = error instanceof Error ? error.message : String(error);
	return `cannot open the link with ${opener}: ${detail}`;
}

/**
 * Open `url` in the default browser. Resolves (never rejects) once the opener has started, or
 * with an error when the URL is not a safe http(s) URL (then nothing is started) or the opener
 * cannot be run. The opener runs detached with its output ignored, so it cannot draw on our
 * screen, and is not waited for: a browser may stay open long after newsterm quits.
 */
export function openExternal(url: string, opts: OpenExternalOptions = {}): Promise<OpenExternalResult> {
	const href = safeExternalUrl(url);
	// The rejected value is not echoed: it is untrusted and the message is shown on screen.
	if (href === null) return Promise.resolve({ok: false, error: 'not opened: only http and https links can be opened'});
	const [command, ...args] = browserCommand(opts.env?.['BROWSER'], href) ?? [...openerFor(opts.platform ?? process.platform), href];
	// node:child_process is loaded on the first link opened, not with the program (docs/performance.md#lazy-builtins).
	const spawn: SpawnOpener = opts.spawn ?? (createRequire(import.meta.url)('node:child_process') as {spawn: SpawnOpener}).spawn;
	const options: OpenerSpawnOptions = {shell: false, detached: true, stdio: 'ignore', windowsHide: true, ...(opts.env ? {env: opts.env} : {})};
	return new Promise(resolve => {
		let child: OpenerProcess;
		try {
			child = spawn(command, args, options);
		} catch (error) {
			resolve({ok: false, error: describe(error, command)});
			return;
		}
		child.once('error', error => resolve({ok: false, error: describe(error, command)}));
		child.once('spawn', () => {
			child.unref();
			resolve({ok: true});
		});
	});
}
