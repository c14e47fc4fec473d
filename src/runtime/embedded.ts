/**
 * The scripts the build embeds in the bin's closing comment (scripts/build.mjs): the cold painter,
 * then the program, then the comment's end. Each is found by its length from the end of the file,
 * and each star-slash in it was written with a \x01 between, which is taken out again.
 */

/** Where the build put the embedded scripts (the `newsterm:program` module's numbers). */
export interface EmbeddedLayout {
	/** The program's length. */
	readonly length: number;
	/** The cold painter's length; it comes right before the program. */
	readonly painterLength: number;
	/** What follows the program: the comment's end. */
	readonly end: string;
}

/** One embedded script's text from the bin's whole text (read as latin1: the build writes ASCII). */
export function embeddedScript(fileText: string, layout: EmbeddedLayout, which: 'program' | 'painter'): string {
	const stop = fileText.length - layout.end.length - (which === 'painter' ? layout.length : 0);
	const size = which === 'painter' ? layout.painterLength : layout.length;
	return fileText.slice(stop - size, stop).replaceAll('*\x01/', '*/');
}

/** `source` as a CommonJS module's function, the way Node wraps a file: run it to get its exports. */
export function commonJsWrapper(source: string): string {
	return `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
}
