/** Where the build put the program in the launcher's file (scripts/build.mjs, src/runtime/launch.ts). */
declare module 'newsterm:program' {
	/**
	 * The length of the program's text (src/bin.ts and everything it loads, bundled as one CommonJS
	 * script) in the comment that ends the launcher's file, each star-slash written with a \x01 between.
	 */
	export const length: number;
	/**
	 * The length of the cold painter's text (src/cold.ts, bundled the same way), which comes right
	 * before the program's in the comment.
	 */
	export const painterLength: number;
	/** What follows the program's text in the file: the comment's end. */
	export const end: string;
	/** A hash of the program's text: names its code cache, so one build never reads another's code. */
	export const hash: string;
}
