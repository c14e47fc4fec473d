/** A frame as the bytes of its full repaint, kept one char per byte (latin1) for the launcher to write as they are. */
import {type FrameSize, fullRepaint, localeCharset, splitFrame, terminalBytes} from '../../core/terminal/index.js';

/** The bytes that clear the screen and draw `frame` at `size`, in the locale's charset, one char per byte. */
export function paintBytes(frame: string, size: FrameSize, env: Readonly<Record<string, string | undefined>>): string {
	const bytes = terminalBytes(fullRepaint(splitFrame(frame, size.rows), size), localeCharset(env));
	return (typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes)).toString('latin1');
}
