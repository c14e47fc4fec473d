/**
 * Runs an Ink tree full-screen with ncurses-like output: the alternate screen, Ink in debug mode
 * writing whole frames into the diffing screen output, and the terminal restored on every way out.
 */
import type {render as inkRender} from 'ink';
import type {ReactNode} from 'react';
import type {Charset} from '../../core/terminal/index.js';
import {createFrameWriter, type FrameWriter} from './frame-writer.js';
import {crash, enterFullscreen, lendTerminal, restoreTerminal, suspendToShell} from './session.js';

/** Options for a full-screen run. */
export interface FullscreenOptions {
	/**
	 * Ink's `render`, handed in by the caller: io/terminal must not load Ink itself, since every
	 * command reaches this folder (OSC 52 for `read`) and Ink is most of a start
	 * (docs/performance.md#paint-first).
	 */
	readonly render: typeof inkRender;
	/** Runs once on every way out, after the terminal is restored (flush the store here). Synchronous. */
	readonly beforeExit?: () => void;
	/** Ink's own Ctrl+C handling (it unmounts, then this run resolves); default true. */
	readonly exitOnCtrlC?: boolean;
	/** Label for a crash message. */
	readonly name?: string;
	/** The terminal's character set (core/terminal localeCharset); UTF-8 by default. */
	readonly charset?: Charset;
	/** The writer `paintFirstFrame` drew the first frame with: Ink's first frame is diffed against it. */
	readonly painted?: FrameWriter;
}

/** A running full-screen app. */
export interface FullscreenRun {
	/** The frame writer, e.g. for `redraw()` on Ctrl+L or `bytesWritten()`. */
	readonly writer: FrameWriter;
	/** Resolves after the app exited and the terminal was restored; a render error ends in `crash`. */
	readonly done: Promise<void>;
	/** Ctrl+Z: the shell gets the terminal until `fg`, then the screen is repainted in full. */
	suspend(): void;
	/** `|`: another program has the terminal while `run` runs, then the screen is repainted in full. */
	lend<T>(run: () => Promise<T>): Promise<T>;
}

/**
 * Renders `tree` full-screen on process.stdout. The tree must draw at most `stdout.rows` lines
 * (read them from `useStdout().stdout`, which follows resizes); extra lines are cut. Do not use
 * `useStdout().write`: in debug mode Ink prepends that text to the frame.
 */
export function renderFullscreen(tree: ReactNode, options: FullscreenOptions): FullscreenRun {
	const writer = options.painted ?? createFrameWriter(process.stdout, options.charset);
	enterFullscreen(process.stdout, {onRestore: writer.close, beforeExit: options.beforeExit, name: options.name});
	const instance = options.render(tree, {
		stdout: writer.stdout,
		debug: true,
		patchConsole: false,
		exitOnCtrlC: options.exitOnCtrlC ?? true,
	});
	const done = instance.waitUntilExit().then(
		() => restoreTerminal(),
		(error: unknown) => crash(error),
	);
	const lend = <T>(run: () => Promise<T>): Promise<T> => {
		writer.hold(true);
		return lendTerminal(run, () => {
			writer.hold(false);
			writer.redraw();
		});
	};
	return {writer, done, suspend: () => suspendToShell(() => writer.redraw()), lend};
}

/**
 * Takes the terminal before Ink is loaded (the alternate screen, the cursor hidden, raw keys) and
 * draws `frame`, a frame exactly as Ink will render it (ui/paint), through a frame writer; hand that
 * writer to `renderFullscreen` as `painted`. Keys typed meanwhile wait in the terminal's input queue,
 * unechoed in raw mode, until Ink reads stdin (docs/performance.md#paint-first). `early` is the writer
 * holding the launcher's saved frame (adoptEarlyFrame): the frame is then diffed against that one.
 */
export function paintFirstFrame(frame: string, charset: Charset = 'utf8', early?: FrameWriter): FrameWriter {
	const writer = early ?? createFrameWriter(process.stdout, charset);
	if (!early) enterFullscreen(process.stdout, {onRestore: writer.close});
	writer.stdout.write(frame);
	return writer;
}
