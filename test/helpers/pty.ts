/**
 * A real terminal for tests: the command runs in a pty and every byte it writes is parsed by a
 * headless xterm of the same size, so tests read the screen a user would see. The pty is
 * @lydell/node-pty, node-pty with prebuilt binaries, so installing needs no C++ compiler.
 */
import {spawn} from '@lydell/node-pty';
import {createTerminal, screenRows, writeTerminal, type HeadlessTerminal} from './xterm.js';

/** Size and environment of the pty. */
export interface PtyOptions {
	readonly cols: number;
	readonly rows: number;
	/** Added to (and overriding) the parent's environment; `undefined` removes a variable. */
	readonly env?: Readonly<Record<string, string | undefined>>;
	readonly cwd?: string;
}

/** What a screen condition may be: text on screen, a pattern, or a test of the rows. */
export type ScreenCondition = string | RegExp | ((screen: readonly string[]) => boolean);

/** Whether a screen meets a condition, as `PtyProcess.waitFor` reads one. */
export function matches(condition: ScreenCondition, screen: readonly string[]): boolean {
	if (typeof condition === 'function') return condition(screen);
	const text = screen.join('\n');
	return typeof condition === 'string' ? text.includes(condition) : condition.test(text);
}

/** A running command in a pty, with its parsed screen. */
export interface PtyProcess {
	/** Each row's text, right-trimmed (as parsed so far; `waitFor` and `settle` catch up first). */
	screen(): string[];
	screenText(): string;
	/** Waits until the parser has applied every byte received so far. */
	settle(): Promise<void>;
	/** Polls the parsed screen until the condition holds; on timeout throws with the screen in the message. */
	waitFor(condition: ScreenCondition, timeoutMs?: number): Promise<void>;
	/** Types keys (raw bytes: '\x03' is Ctrl+C). */
	press(keys: string): void;
	resize(cols: number, rows: number): void;
	/** Raw bytes the command has written so far; also a mark for `rawSince`. */
	bytesWritten(): number;
	/** The raw output after a mark from `bytesWritten()`. */
	rawSince(mark: number): string;
	readonly exited: Promise<{readonly exitCode: number; readonly signal: number | undefined}>;
	isAltScreen(): boolean;
	cursorVisible(): boolean;
	kill(signal?: string): void;
	readonly terminal: HeadlessTerminal;
}

/** DECSET/DECRST parameters as plain numbers (sub-parameters are never used for these modes). */
const modes = (params: (number | number[])[]): number[] => params.map(p => (Array.isArray(p) ? (p[0] ?? -1) : p));

/** Spawns `command args` in a pty with TERM=xterm-256color and without CI (Ink draws nothing under CI). */
export function spawnPty(command: string, args: readonly string[], options: PtyOptions): PtyProcess {
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries({...process.env, TERM: 'xterm-256color', ...options.env})) {
		if (value !== undefined) env[key] = value;
	}
	delete env['CI'];
	delete env['CONTINUOUS_INTEGRATION'];
	const term = createTerminal(options.cols, options.rows);
	let cursorVisible = true;
	const track =
		(visible: boolean) =>
		(params: (number | number[])[]): boolean => {
			if (modes(params).includes(25)) cursorVisible = visible;
			return false; // let xterm handle the sequence as well
		};
	term.parser.registerCsiHandler({prefix: '?', final: 'h'}, track(true));
	term.parser.registerCsiHandler({prefix: '?', final: 'l'}, track(false));

	let raw = '';
	let bytes = 0;
	const marks: {bytes: number; index: number}[] = [];
	// node-pty sets TERM to `name` whatever the env says, so the name is the env's TERM.
	const child = spawn(command, [...args], {
		name: env['TERM'] || 'xterm-256color',
		cols: options.cols,
		rows: options.rows,
		cwd: options.cwd ?? process.cwd(),
		env,
	});
	let parsed = Promise.resolve();
	child.onData(data => {
		bytes += Buffer.byteLength(data);
		raw += data;
		marks.push({bytes, index: raw.length});
		parsed = parsed.then(() => writeTerminal(term, data));
	});
	const exited = new Promise<{exitCode: number; signal: number | undefined}>(resolve => {
		child.onExit(({exitCode, signal}) => resolve({exitCode, signal: signal || undefined}));
	});

	const screen = (): string[] => screenRows(term);
	const settle = async (): Promise<void> => {
		await parsed;
		await writeTerminal(term, '');
	};
	return {
		screen,
		screenText: () => screen().join('\n'),
		settle,
		async waitFor(condition, timeoutMs = 5000) {
			const deadline = Date.now() + timeoutMs;
			for (;;) {
				await settle();
				if (matches(condition, screen())) return;
				if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${String(condition)}; screen:\n${screen().join('\n')}`);
				await new Promise(resolve => setTimeout(resolve, 10));
			}
		},
		press: keys => child.write(keys),
		resize(cols, rows) {
			child.resize(cols, rows);
			term.resize(cols, rows);
		},
		bytesWritten: () => bytes,
		rawSince(mark) {
			// Marks come from bytesWritten(), so each one is the end of a chunk.
			const start = mark === 0 ? 0 : marks.find(m => m.bytes === mark)?.index;
			if (start === undefined) throw new Error(`rawSince: ${mark} is not a mark from bytesWritten()`);
			return raw.slice(start);
		},
		exited,
		isAltScreen: () => term.buffer.active.type === 'alternate',
		cursorVisible: () => cursorVisible,
		kill: signal => child.kill(signal),
		terminal: term,
	};
}
