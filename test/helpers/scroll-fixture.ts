/**
 * The scroll fixture app in a pty, for tests: built once per test file, started after a shell printed
 * a marker line (so the user's screen has something to restore), killed after each test.
 */
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, expect} from 'vitest';
import {frameRows, styledRow, type Mode, type Position} from '../fixtures/scroll-model.js';
import {buildFixture, type BuiltFixture} from './build-fixture.js';
import type {PtyProcess} from './pty.js';
import {usePtyRuns} from './pty-runs.js';
import {renderLines, screenCells} from './xterm.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The line the shell prints before the app starts. */
export const MARKER = 'MARKER printed before the app';

/** A started fixture and the file its exit hook writes. */
export interface StartedFixture {
	readonly p: PtyProcess;
	readonly flushFile: string;
}

/** Registers the build and cleanup hooks; call at the top of a test file. */
export function useScrollFixture(): {start(mode: Mode, cols?: number, rows?: number): Promise<StartedFixture>} {
	let app: BuiltFixture | undefined;
	let dir = '';
	let count = 0;
	const run = usePtyRuns(MARKER);
	beforeAll(async () => {
		app = await buildFixture(join(root, 'test', 'fixtures', 'scroll-app.tsx'));
		dir = await mkdtemp(join(tmpdir(), 'newsterm-session-'));
	});
	afterAll(async () => {
		await app?.cleanup();
		await rm(dir, {recursive: true, force: true});
	});
	return {
		async start(mode, cols = 100, rows = 30) {
			if (!app) throw new Error('fixture not built');
			const flushFile = join(dir, `flush-${count++}`);
			const p = run([app.file, mode], {
				cols,
				rows,
				// Colour on, so the list's highlighted row is drawn; NO_COLOR beside it only makes Node warn.
				env: {FORCE_COLOR: '1', NO_COLOR: undefined, FLUSH_FILE: flushFile},
			});
			await expectScreen(p, mode, {top: 0, cursor: 0}, cols, rows);
			return {p, flushFile};
		},
	};
}

/**
 * Waits for the model's screen, then checks every cell (text and attributes) against a fresh render.
 * With `mark`, also waits for the frame's last bytes: each frame ends by parking the cursor at home.
 * `cells: false` checks only the text, for the quick steps on the way to a position.
 */
export async function expectScreen(p: PtyProcess, mode: Mode, pos: Position, cols: number, rows: number, mark?: number, cells = true): Promise<void> {
	const expected = frameRows(mode, pos, cols, rows);
	const text = expected.map(row => row.text).join('\n');
	await p.waitFor(screen => screen.join('\n') === text && (mark === undefined || p.rawSince(mark).endsWith('\x1b[H')));
	if (!cells) return;
	const fresh = await renderLines(expected.map(styledRow), cols, rows);
	expect(screenCells(p.terminal)).toEqual(screenCells(fresh));
	fresh.dispose();
}
