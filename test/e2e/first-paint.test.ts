/**
 * The start with a warm list cache, where the Sections screen is painted before Ink loads
 * (docs/performance.md#paint-first): keys typed before the reader is ready are kept for it, in order,
 * and never echoed onto the screen.
 */
import {describe, expect, it} from 'vitest';
import {BIN, binNode} from '../helpers/bin.js';
import {usePtyRuns} from '../helpers/pty-runs.js';
import {MARKER, useApp} from './app-pty.js';

const {start, tempFolder} = useApp();
const run = usePtyRuns(MARKER, binNode);

/** A cache folder holding the bundled articles' list cache and compiled code, as after any earlier run. */
async function warmCache(): Promise<string> {
	const cacheDir = await tempFolder();
	const {p} = await start({cols: 80, rows: 24, cacheDir});
	p.press('q');
	expect((await p.exited).exitCode).toBe(0);
	return cacheDir;
}

describe('keys typed while the reader starts', () => {
	it('are handled once it is ready: j then Enter, typed right after the spawn, open the second section', async () => {
		const cacheDir = await warmCache();
		const configDir = await tempFolder();
		const p = run([BIN], {
			cols: 80,
			rows: 24,
			env: {FORCE_COLOR: '1', NO_COLOR: undefined, NEWSTERM_CONFIG_DIR: configDir, NEWSTERM_CACHE_DIR: cacheDir},
		});
		p.press('j');
		p.press('\r');
		await p.waitFor(screen => (screen[0] ?? '').includes('newsterm › Culture'), 10_000);
		// Nothing typed reached the screen as text: the header row is whole.
		expect(p.screen()[0]?.trimEnd()).toMatch(/^ newsterm › Culture +1\/4$/);
		p.press('\x03');
		expect((await p.exited).exitCode).toBe(0);
	});

	it('are kept when typed after the painted frame shows: j moves the cursor', async () => {
		const cacheDir = await warmCache();
		const configDir = await tempFolder();
		const p = run([BIN], {
			cols: 40,
			rows: 15,
			env: {FORCE_COLOR: '1', NO_COLOR: undefined, NEWSTERM_CONFIG_DIR: configDir, NEWSTERM_CACHE_DIR: cacheDir},
		});
		await p.waitFor(screen => (screen[0] ?? '').includes('newsterm › Sections'), 10_000);
		p.press('j');
		// The Unread row is first and the cursor starts on Business (2/7): j moves it to Culture.
		await p.waitFor(screen => (screen[3] ?? '').startsWith('›') && (screen[0] ?? '').trimEnd().endsWith('3/7'), 10_000);
		expect(p.screen()[0]?.trimEnd()).toMatch(/^ newsterm › Sections +3\/7$/);
		expect(p.screen()[2]).toMatch(/^ {2}Business/);
		expect(p.screen()[3]).toMatch(/^› Culture/);
		p.press('\x03');
		expect((await p.exited).exitCode).toBe(0);
	});
});
