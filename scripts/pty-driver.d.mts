// Types for scripts/pty-driver.mjs, so a test in TypeScript can check the benchmark's driver still runs.

/** What a screen wait accepts: text it contains, a pattern, or a test of the rows. */
export type ScreenCondition = string | RegExp | ((rows: string[]) => boolean);

/** A command running in a pty, its output parsed by a headless xterm. */
export interface PtyDriver {
	readonly pid: number;
	readonly exited: Promise<{exitCode: number; signal?: number}>;
	screen(): string[];
	waitFor(condition: ScreenCondition, options?: {timeoutMs?: number; label?: string}): Promise<number>;
}

/** Kills every child the driver spawned that has not exited yet. */
export declare function killAll(): void;
/** Spawns `command args` in a cols x rows pty without CI in its environment. */
export declare function spawnPty(
	command: string,
	args: string[],
	options?: {cols?: number; rows?: number; env?: Record<string, string | undefined>; cwd?: string},
): PtyDriver;
