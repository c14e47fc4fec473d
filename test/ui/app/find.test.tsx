import {describe, expect, test} from 'vitest';
import {App} from '../../../src/ui/app/app.js';
import {cellWidth} from '../../../src/core/text/index.js';
import {createMemorySource} from '../../doubles/memory-source.js';
import {createMemoryStore} from '../../doubles/memory-store.js';
import {bundledEntries, KEYS, renderApp} from '../../helpers/ink.js';

const NOW = () => Date.UTC(2026, 10, 26, 12);
const source = createMemorySource(bundledEntries());
const footer = (frame: string): string => frame.split('\n').at(-1) ?? '';
const header = (frame: string): string => frame.split('\n')[0] ?? '';

describe.each([
	{columns: 40, rows: 15},
	{columns: 80, rows: 24},
])('find in an article at $columns columns', size => {
	const fits = (frame: string): boolean => frame.split('\n').every(row => cellWidth(row) <= size.columns);

	test('/ opens the prompt in the footer over the article; typing counts matches; Enter, n, Esc', async () => {
		const ui = await renderApp(<App source={source} store={createMemoryStore()} size={size} now={NOW} />);
		await ui.waitFor(frame => frame.includes('World'), 'the sections');
		await ui.press('U', frame => header(frame).includes('Unread'));
		const article = await ui.press(KEYS.enter, frame => / (All|\d+%) ?$/.test(header(frame)));
		const title = article.split('\n')[1];
		const prompt = await ui.press('/', frame => footer(frame).startsWith(' /'));
		expect(footer(prompt)).toContain('Enter finds · Esc cancels');
		// The article stays on screen under the prompt.
		expect(prompt.split('\n')[1]).toBe(title);
		const typed = await ui.press('the', frame => /\d+ match/.test(footer(frame)));
		expect(footer(typed)).toMatch(/^ \/the.* \d+ match(es)?$/);
		expect(fits(typed)).toBe(true);
		const found = await ui.press(KEYS.enter, frame => footer(frame).includes('n next match'));
		expect(fits(found)).toBe(true);
		// Esc clears the find, the article stays; a second Esc goes back (n and N: test/core/reader/find.test.ts).
		const cleared = await ui.press(KEYS.escape, frame => !footer(frame).includes('next match'));
		expect(header(cleared)).toMatch(/ (All|\d+%) ?$/);
		await ui.press(KEYS.escape, frame => header(frame).includes('Unread') && !/ (All|\d+%) ?$/.test(header(frame)));
		await ui.unmount();
	});

	test('a pattern that is not there says so; Esc in the prompt cancels without going back', async () => {
		const ui = await renderApp(<App source={source} store={createMemoryStore()} size={size} now={NOW} />);
		await ui.waitFor(frame => frame.includes('World'), 'the sections');
		await ui.press('U', frame => header(frame).includes('Unread'));
		await ui.press(KEYS.enter, frame => / (All|\d+%) ?$/.test(header(frame)));
		await ui.press('/', frame => footer(frame).startsWith(' /'));
		const none = await ui.press('qzqz', frame => footer(frame).includes('not found'));
		// Typing q is text in the prompt, not quit.
		expect(footer(none)).toMatch(/^ \/qzqz/);
		const said = await ui.press(KEYS.enter, frame => footer(frame).includes('Pattern not found: qzqz'));
		expect(fits(said)).toBe(true);
		await ui.press('/', frame => footer(frame).startsWith(' /'));
		const cancelled = await ui.press(KEYS.escape, frame => !footer(frame).startsWith(' /'));
		expect(header(cancelled)).toMatch(/ (All|\d+%) ?$/);
		expect(footer(cancelled)).not.toContain('next match');
		await ui.unmount();
	});
});
