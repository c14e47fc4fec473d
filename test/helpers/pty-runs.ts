import {afterEach} from 'vitest';
import {spawnPty, type PtyOptions, type PtyProcess} from './pty.js';

/**
 * Starts Node in a pty after a shell has printed `marker` (so the user's screen has something to
 * come back to), and kills every run still alive after each test. Registers the hook: call at the
 * top of a test file (or of a helper that one calls there). `node` names the Node binary at each start.
 */
export function usePtyRuns(marker: string, node: () => string = () => process.execPath): (nodeArgs: readonly string[], options: PtyOptions) => PtyProcess {
	let running: PtyProcess[] = [];
	afterEach(() => {
		for (const p of running) p.kill('SIGKILL');
		running = [];
	});
	return (nodeArgs, options) => {
		const p = spawnPty('sh', ['-c', 'printf "%s\\n" "$0"; exec "$@"', marker, node(), ...nodeArgs], options);
		running.push(p);
		return p;
	};
}
