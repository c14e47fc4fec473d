import {act} from 'react';
import {describe, expect, test} from 'vitest';
import {App} from '../../../src/ui/app/app.js';
import {createBodyLoader, type BodyLoader} from '../../../src/core/library/bodies.js';
import type {ArticleSource, OpenResult} from '../../../src/core/library/source.js';
import {createMemorySource} from '../../doubles/memory-source.js';
import {createMemoryStore} from '../../doubles/memory-store.js';
import {bundledEntries, cursorLine, KEYS, renderApp} from '../../helpers/ink.js';

const NOW = () => Date.UTC(2026, 10, 26, 12);
const size = {columns: 80, rows: 24};
// An article's header ends with how far through it is (`37%`, `All`); a loading one does not.
const ARTICLE = /^ World › .*(\d+%|All)\s*$/m;

/** The bundled articles, with each open counted and, when `gate` is given, held until it resolves. */
function watched(gate?: Promise<void>) {
	const inner = createMemorySource(bundledEntries());
	const opens: string[] = [];
	const source: ArticleSource = {
		scan: onBatch => inner.scan(onBatch),
		async open(id): Promise<OpenResult> {
			opens.push(id);
			await gate;
			return inner.open(id);
		},
	};
	return {source, opens};
}

async function headlinesOfWorld(source: ArticleSource, loader?: BodyLoader) {
	const ui = await renderApp(<App source={source} store={createMemoryStore()} size={size} now={NOW} loader={loader} />);
	await ui.waitFor(frame => frame.includes('World'), 'the sections list');
	for (let i = 0; i < 10 && !cursorLine(ui.frame()).includes('World'); i++) await ui.press('j');
	await ui.press(KEYS.enter, frame => frame.includes('newsterm › World'));
	return ui;
}

describe('reading ahead: the headline under the cursor', () => {
	test('is read while the cursor rests, so Enter draws the article at once, with no Loading frame', async () => {
		const {source, opens} = watched();
		const ui = await headlinesOfWorld(source);
		await ui.waitFor(() => opens.length === 1, 'the read-ahead of the first headline');
		const before = ui.frames().length;
		await ui.press(KEYS.enter, frame => ARTICLE.test(frame));
		expect(
			ui
				.frames()
				.slice(before)
				.filter(frame => frame.includes('Loading')),
		).toEqual([]);
		expect(opens).toHaveLength(1);
		await ui.unmount();
	});

	test('a slow read shows Loading until it is in, and is not started twice', async () => {
		let release!: () => void;
		const {source, opens} = watched(new Promise<void>(resolve => (release = resolve)));
		const ui = await headlinesOfWorld(source);
		await ui.waitFor(() => opens.length === 1, 'the read-ahead of the first headline');
		await ui.press(KEYS.enter, frame => frame.includes('Loading'));
		release();
		await ui.waitFor(frame => ARTICLE.test(frame), 'the article');
		expect(opens).toHaveLength(1);
		await ui.unmount();
	});

	test('an open article that the loader lets go to make room is read again, not left on Loading', async () => {
		const {source} = watched();
		const loader = createBodyLoader(source, 1);
		const ui = await headlinesOfWorld(source, loader);
		await ui.press(KEYS.enter, frame => ARTICLE.test(frame));
		// Another read finishing (a read-ahead still in flight) pushes the open article out of a one-body loader.
		await act(async () => {
			await loader.request('world/us-not-there-yet');
		});
		await act(async () => {
			await loader.request('sport/ada-morrow-400m-freestyle-record');
		});
		await ui.waitFor(frame => ARTICLE.test(frame) && !frame.includes('Loading'), 'the article, read again');
		expect(ui.frame()).toMatch(ARTICLE);
		await ui.unmount();
	});
});
