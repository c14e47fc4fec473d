/**
 * The program's side of the launcher's early paint (src/runtime/early-paint.ts): the terminal as the
 * launcher left it (alternate screen, raw keys, a saved frame on it) becomes the terminal session's,
 * with a frame writer that knows what the screen shows, so the program's own first frame sends only
 * what changed since the frame was saved: nothing, when nothing did (docs/performance.md#early-paint).
 */
import type {Charset} from '../../core/terminal/index.js';
import {handedOver} from '../frame-cache/index.js';
import {createFrameWriter, type FrameWriter} from './frame-writer.js';
import {enterFullscreen} from './session.js';

/**
 * The writer holding the launcher's painted frame, with the session entered; undefined when the
 * launcher painted nothing (the caller paints or lets Ink draw as usual).
 */
export function adoptEarlyFrame(charset: Charset = 'utf8'): FrameWriter | undefined {
	const painted = handedOver()?.painted;
	if (painted === undefined) return undefined;
	const writer = createFrameWriter(process.stdout, charset);
	enterFullscreen(process.stdout, {onRestore: writer.close}, true);
	// Resized since the paint: the screen is not what the frame says, and the next frame repaints it all.
	if ((process.stdout.columns || 80) === painted.cols && (process.stdout.rows || 24) === painted.rows) writer.assume(painted.frame);
	return writer;
}
