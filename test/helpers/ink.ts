import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {act, type ReactElement} from 'react';
import {render} from 'ink-testing-library';
import type {TextEntry} from '../doubles/memory-source.js';

// React only flushes effects inside act() when it is told it runs in a test environment.
(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;

/** Raw bytes a terminal sends for the keys the tests press. */
export const KEYS = {
	up: '\x1b[A',
	down: '\x1b[B',
	right: '\x1b[C',
	left: '\x1b[D',
	enter: '\r',
	escape: '\x1b',
	tab: '\t',
	shiftTab: '\x1b[Z',
	backspace: '\x7f',
	pageDown: '\x1b[6~',
	pageUp: '\x1b[5~',
	home: '\x1b[H',
	end: '\x1b[F',
	ctrlC: '\x03',
} as const;

/** A rendered app with helpers that wait for the frame instead of sleeping. */
export interface Rendered {
	frame(): string;
	/** Every frame drawn so far, oldest first. */
	frames(): readonly string[];
	/** Sends keys and waits until the frame differs from before (or `until` holds). */
	press(keys: string, until?: (frame: string) => boolean): Promise<string>;
	waitFor(predicate: (frame: string) => boolean, what?: string): Promise<string>;
	unmount(): Promise<void>;
}

async function poll(read: () => string, predicate: (frame: string) => boolean, what: string, timeoutMs = 3000): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const frame = read();
		if (predicate(frame)) return frame;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; frame was:\n${frame}`);
		await act(async () => {
			await new Promise(resolve => setTimeout(resolve, 5));
		});
	}
}

/** Renders an element inside act() and returns the helpers. */
export async function renderApp(element: ReactElement): Promise<Rendered> {
	let instance!: ReturnType<typeof render>;
	await act(async () => {
		instance = render(element);
	});
	const frame = (): string => instance.lastFrame() ?? '';
	return {
		frame,
		frames: () => instance.frames,
		waitFor: (predicate, what = 'the frame') => poll(frame, predicate, what),
		async press(keys, until) {
			const before = frame();
			await act(async () => {
				instance.stdin.write(keys);
			});
			return poll(frame, until ?? (now => now !== before), `a frame after pressing ${JSON.stringify(keys)}`);
		},
		async unmount() {
			await act(async () => {
				instance.unmount();
			});
		},
	};
}

/** The bundled articles as text entries, read from the repository's articles/ folder. */
export function bundledEntries(root = join(import.meta.dirname, '..', '..', 'articles')): TextEntry[] {
	const entries: TextEntry[] = [];
	const walk = (dir: string): void => {
		for (const name of readdirSync(dir).sort()) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith('.txt')) {
				const id = relative(root, path).replace(/\.txt$/, '');
				entries.push({id, text: readFileSync(path, 'utf8'), folder: id.split('/')[0]});
			}
		}
	};
	walk(root);
	return entries;
}

/** The line of a frame that holds the list cursor (`›`). */
export function cursorLine(frame: string): string {
	return frame.split('\n').find(line => line.startsWith('›')) ?? '';
}
