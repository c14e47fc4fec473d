/** The program the build embeds in the launcher (scripts/build.mjs, src/runtime/launch.ts). */
declare module 'newsterm:program' {
	/** src/bin.ts and everything it loads, bundled as one CommonJS script. */
	export const source: string;
	/** A hash of `source`: names its code cache, so one build never reads another's code. */
	export const hash: string;
}
