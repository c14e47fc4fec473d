/**
 * What the launcher tells the program about the terminal before the program is even compiled: the
 * saved frame it painted (if any), and what the program needs to save the next one. A global, since
 * the launcher and the program are separate scripts that share nothing else.
 */

/** The launcher's painted frame: the screen as it stands (alternate screen, cursor hidden, raw keys). */
interface EarlyPaint {
	/** The frame as Ink writes it, for the frame writer to diff the next frame against. */
	readonly frame: string;
	readonly cols: number;
	readonly rows: number;
}

/** The handover itself. */
export interface EarlyFrame {
	/** The program's build, part of every saved frame. */
	readonly build: string;
	readonly cacheDir: string;
	/** The start's identity (core/frame-cache startIdentity), worked out before the program changed anything. */
	readonly identity: string;
	/** Set when the launcher painted. */
	painted?: EarlyPaint;
	/**
	 * Set once the program's terminal session owns the screen; until then the launcher's exit hook
	 * puts the terminal back itself.
	 */
	taken: boolean;
	/**
	 * Puts the terminal back now if the launcher took it and no session has taken it over: for a
	 * message the program prints before it exits, which the alternate screen would swallow.
	 */
	release?: () => void;
	/** Prints the Node warnings held since the launcher's paint (holdWarnings): called once the user's screen is back. */
	releaseWarnings?: () => void;
}

const KEY = Symbol.for('newsterm.earlyFrame');

/** Leaves the handover for the program (the launcher calls this). */
export function handOver(early: EarlyFrame): void {
	(globalThis as Record<symbol, unknown>)[KEY] = early;
}

/** The launcher's handover, or undefined when the program was started some other way (tests, bundles). */
export function handedOver(): EarlyFrame | undefined {
	return (globalThis as Record<symbol, unknown>)[KEY] as EarlyFrame | undefined;
}

/** What the launcher tells the cold painter (src/cold.ts) about the start. */
export interface ColdFacts {
	readonly argv: readonly string[];
	readonly env: Readonly<Record<string, string | undefined>>;
	/** The bin's own file: the bundled articles are beside its folder. */
	readonly binFile: string;
	readonly cols: number;
	readonly rows: number;
}

/** The cold painter's answer: the frame as Ink's form and as the bytes that paint it (one char per byte). */
export interface ColdFrame {
	readonly frame: string;
	readonly paint: string;
}
