import {describe, expect, test} from 'vitest';
import {App} from '../../../src/ui/app/app.js';
import {createMemorySource} from '../../doubles/memory-source.js';
import {createMemoryStore} from '../../doubles/memory-store.js';
import {bundledEntries, renderApp} from '../../helpers/ink.js';

const NOW = () => Date.UTC(2026, 10, 26, 12);
const source = createMemorySource(bundledEntries());
const size = {columns: 40, rows: 15};
const ASIDE = 'config.json.corrupt-2026-12-03T03-21-37-492Z';
const DAMAGED = `config.json was damaged (it was not valid JSON); it was moved aside to ${ASIDE} and a new one was started.`;
const SAVE_ERROR = 'Cannot save /home/someone/.config/newsterm/config.json: the disk is full. Changes are kept in memory; retrying.';

describe('notices in the footer at 40 columns', () => {
	test('a long notice wraps onto more rows, taken from the body, until the next key', async () => {
		const store = createMemoryStore({status: {notices: [DAMAGED], saveError: null, unsaved: null}});
		const ui = await renderApp(<App source={source} store={store} size={size} now={NOW} />);
		const first = await ui.waitFor(frame => frame.includes('World'), 'the sections');
		const rows = first.split('\n');
		expect(rows).toHaveLength(15);
		expect(rows.slice(-4).join('').replace(/\s+/g, '')).toContain(`movedasideto${ASIDE}`);
		const after = (await ui.press('j')).split('\n');
		expect(after).toHaveLength(15);
		expect(after[14]).toContain('q quit');
		await ui.unmount();
	});

	test('a standing save error keeps to one row beside the header’s marker', async () => {
		const store = createMemoryStore({status: {notices: [], saveError: SAVE_ERROR, unsaved: null}});
		const ui = await renderApp(<App source={source} store={store} size={size} now={NOW} />);
		const frame = (await ui.waitFor(frame => frame.includes('World'), 'the sections')).split('\n');
		expect(frame).toHaveLength(15);
		// On Business, the second of seven rows: the Unread row is on top.
		expect(frame[0]).toContain('not saved · 2/7');
		expect(frame[14]).toMatch(/^ Cannot save \/home\/someone.*…$/);
		expect(frame[13]).toBe('');
		await ui.unmount();
	});
});
