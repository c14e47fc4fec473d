/**
 * The stdout Ink renders into. Ink in debug mode writes every frame whole, with no erase sequences
 * (ink.js onRender), to whatever stdout it is given; this one keeps the last frame and sends the
 * terminal only the bytes that turn it into the new one (core/frame-diff), as one write per frame.
 */
import {EventEmitter} from 'node:events';
import {type Charset, diffFrames, type FrameSize, fullRepaint, screenLines, splitFrame, terminalBytes} from '../../core/terminal/index.js';

// Ink's App shows the cursor on unmount (cli-cursor); the session owns cursor visibility instead.
const CURSOR_ONLY = /^(?:\x1b\[\?25[hl])+$/;
// With CI set, Ink's unmount writes `lastOutput + '\n'`, and lastOutput stays '' in debug mode.
const CI_UNMOUNT = '\n';

/** The screen output: a stdout for Ink plus the controls the session and app need. */
export interface FrameWriter {
	/** Pass to Ink: `render(tree, {stdout, debug: true})`. */
	readonly stdout: NodeJS.WriteStream;
	/** Forgets what the terminal shows, so the next frame is a full repaint (after foreign output). */
	invalidate(): void;
	/**
	 * Takes `frame` as what the terminal shows, drawn by someone else at this size (the launcher's
	 * saved frame): the next frame is diffed against it.
	 */
	assume(frame: string): void;
	/** Draws the last frame again in full (a redraw key, or after a program ran in the terminal). */
	redraw(): void;
	/** Holds frames while another program has the terminal (`|`): the last is kept for `redraw`, none is drawn. */
	hold(held: boolean): void;
	/** Stops all writes to the terminal: once it is restored, Ink's final frame must go nowhere. */
	close(): void;
	/** Bytes sent to the terminal so far. */
	bytesWritten(): number;
	/**
	 * Frames Ink has handed over so far, sent or not: over the launcher's saved frame the first one
	 * sends nothing, yet it is drawn.
	 */
	framesDrawn(): number;
	/**
	 * Sends a control string that draws nothing and moves no cursor (OSC 52), between frames, so
	 * the screen the differ knows stays true. Dropped once the writer is closed.
	 */
	control(sequence: string): void;
}

type WriteCallback = (error?: Error | null) => void;

/** Ink's stdout with the real terminal's size, its resize events, and diffed output. */
class DiffingStdout extends EventEmitter {
	readonly isTTY = true;
	readonly writable = true;
	readonly destroyed = false;
	readonly writableEnded = false;
	screen: string[] | undefined;
	size: FrameSize | undefined;
	lastFrame = '';
	closed = false;
	written = 0;
	frames = 0;
	/** While set, frames are only kept as `lastFrame`, not drawn (see `createFrameWriter`'s resize). */
	holding = false;
	/** While set, nothing reaches the terminal: another program has it (`hold`). */
	held = false;

	constructor(
		private readonly real: NodeJS.WriteStream,
		private readonly charset: Charset,
	) {
		super();
	}

	get columns(): number {
		return this.real.columns || 80;
	}

	get rows(): number {
		return this.real.rows || 24;
	}

	hasColors(...args: Parameters<NodeJS.WriteStream['hasColors']>): boolean {
		return typeof this.real.hasColors === 'function' ? this.real.hasColors(...args) : false;
	}

	getColorDepth(env?: object): number {
		return typeof this.real.getColorDepth === 'function' ? this.real.getColorDepth(env) : 1;
	}

	write(chunk: unknown, encoding?: BufferEncoding | WriteCallback, callback?: WriteCallback): boolean {
		const done = typeof encoding === 'function' ? encoding : callback;
		const text = typeof chunk === 'string' ? chunk : String(chunk);
		// Empty writes are Ink's flush barrier and the erase it "writes" on a narrowing resize in debug mode.
		if (text !== '' && text !== CI_UNMOUNT && !CURSOR_ONLY.test(text)) this.frame(text);
		if (done) process.nextTick(done);
		return true;
	}

	frame(text: string): void {
		this.frames++;
		this.lastFrame = text;
		if (this.holding || this.held) return;
		const size = {rows: this.rows, cols: this.columns};
		if (this.size?.rows !== size.rows || this.size.cols !== size.cols) this.screen = undefined;
		const lines = splitFrame(text, size.rows);
		this.send(diffFrames(this.screen, lines, size));
		this.screen = screenLines(lines, size);
		this.size = size;
	}

	/** The one place bytes reach the terminal: in its charset, so no character arrives as broken bytes. */
	send(text: string): void {
		if (text === '' || this.closed || this.held) return;
		const bytes = terminalBytes(text, this.charset);
		this.written += typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
		this.real.write(bytes);
	}
}

/** How long a frame Ink drew on a resize waits for the views' own (Ink throttles frames to 32 ms). */
const RESIZE_WAIT_MS = 50;

/**
 * A screen output on `real` (normally process.stdout). A resize of the real terminal is passed on to
 * Ink and makes the next frame a full repaint, since terminals reflow or clip the old screen differently.
 */
export function createFrameWriter(real: NodeJS.WriteStream, charset: Charset = 'utf8'): FrameWriter {
	const out = new DiffingStdout(real, charset);
	const onResize = (): void => {
		out.screen = undefined;
		// Ink repaints the tree as it stands the moment it hears of a resize; the views hear of it too,
		// but React renders their new size a moment later, so that repaint is the old layout at the new
		// size, drawn and replaced at once (docs/performance.md#resize-hold). It is held; if nothing has
		// been drawn within RESIZE_WAIT_MS (the screen is still unknown), the latest frame is.
		out.holding = true;
		try {
			out.emit('resize');
		} finally {
			out.holding = false;
		}
		setTimeout(() => {
			if (out.screen === undefined && out.lastFrame !== '') out.frame(out.lastFrame);
		}, RESIZE_WAIT_MS).unref();
	};
	real.on('resize', onResize);
	return {
		stdout: out as unknown as NodeJS.WriteStream,
		invalidate: () => {
			out.screen = undefined;
		},
		assume: frame => {
			const size = {rows: out.rows, cols: out.columns};
			out.lastFrame = frame;
			out.screen = screenLines(splitFrame(frame, size.rows), size);
			out.size = size;
		},
		redraw: () => {
			const size = {rows: out.rows, cols: out.columns};
			const lines = splitFrame(out.lastFrame, size.rows);
			out.send(fullRepaint(lines, size));
			out.screen = screenLines(lines, size);
			out.size = size;
		},
		hold: held => {
			out.held = held;
		},
		close: () => {
			out.closed = true;
			real.off('resize', onResize);
		},
		bytesWritten: () => out.written,
		framesDrawn: () => out.frames,
		control: sequence => out.send(sequence),
	};
}
