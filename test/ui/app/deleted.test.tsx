import {describe, expect, test} from 'vitest';
import {App} from '../../../src/ui/app/app.js';
import {createMemorySource} from '../../doubles/memory-source.js';
import {createMemoryStore} from '../../doubles/memory-store.js';
import type {State} from '../../../src/core/reader/state.js';
import {bundledEntries, KEYS, renderApp} from '../../helpers/ink.js';

const NOW = () => Date.UTC(2026, 10, 26, 12);
const SEED = 'world/us-not-there-yet';
/** The World headlines with the seed (the oldest, last of four) under the cursor. */
const onSeedRow: State = {
	quitting: false,
	stack: [
		{kind: 'sections', pos: {cursor: 5, offset: 0}},
		{kind: 'headlines', section: 'World', pos: {cursor: 3, offset: 0}},
	],
};

/** The bundled articles, with `open` of `gone` failing as a deleted file does; `gate` holds every other open. */
function source(gone: string | null, gate: Promise<void> = Promise.resolve()) {
	const base = createMemorySource(bundledEntries());
	return {
		scan: base.scan,
		open: async (id: string) => {
			if (id === gone) return {ok: false as const, error: 'no longer exists'};
			await gate;
			return base.open(id);
		},
	};
}

describe('opening an article marks it read only once it has loaded', () => {
	test('a file deleted while the reader ran: the screen says it is gone, and it stays unread', async () => {
		const store = createMemoryStore();
		const ui = await renderApp(<App source={source(SEED)} store={store} size={{columns: 80, rows: 24}} now={NOW} initial={onSeedRow} />);
		await ui.waitFor(frame => frame.includes('not there yet'), 'the World headlines');
		const shown = await ui.press(KEYS.enter, frame => frame.includes('its file is gone'));
		expect(shown).toContain('It was not marked read.');
		expect(store.snapshot().read.has(SEED)).toBe(false);
		await ui.unmount();
	});

	test('a body still loading is marked read when it arrives', async () => {
		let release!: () => void;
		const gate = new Promise<void>(resolve => {
			release = resolve;
		});
		const store = createMemoryStore();
		const ui = await renderApp(<App source={source(null, gate)} store={store} size={{columns: 80, rows: 24}} now={NOW} initial={onSeedRow} />);
		await ui.waitFor(frame => frame.includes('not there yet'), 'the World headlines');
		await ui.press(KEYS.enter, frame => frame.includes('Loading…'));
		expect(store.snapshot().read.has(SEED)).toBe(false);
		release();
		await ui.waitFor(frame => frame.includes('President Barack Obama said Sunday'), 'the body');
		expect(store.snapshot().read.has(SEED)).toBe(true);
		await ui.unmount();
	});
});
