/**
 * The scripts the build embeds in the bin's closing comment (scripts/build.mjs): the cold painter,
 * then the program, then the comment's end. Each is found by its length from the end of the file,
 * and each star-slash in it was written with a \x01 between, which is taken out again.
 */
import {closeSync, fstatSync, openSync, readSync} from 'node:fs';

/** Where the build put the embedded scripts (the `newsterm:program` module's numbers). */
export interface EmbeddedLayout {
	/** The program's length. */
	readonly length: number;
	/** The cold painter's length; it comes right before the program. */
	readonly painterLength: number;
	/** What follows the program: the comment's end. */
	readonly end: string;
}

/** Where one embedded script ends, counted from the end of the file, and its length. */
function span(layout: EmbeddedLayout, which: 'program' | 'painter'): {readonly fromEnd: number; readonly size: number} {
	const fromEnd = layout.end.length + (which === 'painter' ? layout.length : 0);
	return {fromEnd, size: which === 'painter' ? layout.painterLength : layout.length};
}

/**
 * One embedded script, read from the bin's file alone (as latin1: the build writes ASCII), not the
 * whole file: the cold painter is a tenth of it, and a cold start reads it before anything else
 * (docs/performance.md#cold-paint).
 */
export function readEmbeddedScript(file: string, layout: EmbeddedLayout, which: 'program' | 'painter'): string {
	const {fromEnd, size} = span(layout, which);
	const fd = openSync(file, 'r');
	try {
		const bytes = Buffer.allocUnsafe(size);
		const start = fstatSync(fd).size - fromEnd - size;
		let read = 0;
		while (read < size) {
			const got = readSync(fd, bytes, read, size - read, start + read);
			if (got === 0) break;
			read += got;
		}
		return bytes.toString('latin1', 0, read).replaceAll('*\x01/', '*/');
	} finally {
		closeSync(fd);
	}
}

/** `source` as a CommonJS module's function, the way Node wraps a file: run it to get its exports. */
export function commonJsWrapper(source: string): string {
	return `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
}
