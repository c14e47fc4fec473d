import {describe, expect, test} from 'vitest';
import {App} from '../../../src/ui/app/app.js';
import {cellWidth} from '../../../src/core/text/index.js';
import {createMemorySource} from '../../doubles/memory-source.js';
import {createMemoryStore} from '../../doubles/memory-store.js';
import {bundledEntries, cursorLine, KEYS, renderApp} from '../../helpers/ink.js';

const NOW = () => Date.UTC(2026, 10, 26, 12);
const source = createMemorySource(bundledEntries());
const header = (frame: string): string => frame.split('\n')[0] ?? '';

describe.each([
	{columns: 40, rows: 15},
	{columns: 80, rows: 24},
])('the Unread row at the top of Sections at $columns columns', size => {
	const fits = (frame: string): boolean => frame.split('\n').every(row => cellWidth(row) <= size.columns);

	test('shows the unread count above the sections; k reaches it, Enter opens the Unread list', async () => {
		const ui = await renderApp(<App source={source} store={createMemoryStore()} size={size} now={NOW} />);
		const sections = await ui.waitFor(frame => frame.includes('World'), 'the sections');
		const rows = sections.split('\n');
		expect(rows[1]).toMatch(/^ {2}Unread +24 unread ?$/);
		expect(cursorLine(sections)).toMatch(/^› Business /);
		expect(header(sections)).toMatch(/ 2\/7 ?$/);
		expect(fits(sections)).toBe(true);
		const onRow = await ui.press('k', frame => cursorLine(frame).startsWith('› Unread'));
		expect(header(onRow)).toMatch(/ 1\/7 ?$/);
		const list = await ui.press(KEYS.enter, frame => header(frame).includes('Unread') && !header(frame).includes('Sections'));
		expect(header(list)).toMatch(/ 1\/24 ?$/);
		const back = await ui.press('h', frame => header(frame).includes('Sections'));
		expect(cursorLine(back)).toMatch(/^› Unread/);
		await ui.unmount();
	});

	test('goes when nothing is unread, the cursor staying on its section; u brings both back', async () => {
		const store = createMemoryStore();
		const ui = await renderApp(<App source={source} store={store} size={size} now={NOW} />);
		await ui.waitFor(frame => frame.includes('World'), 'the sections');
		await ui.press('jjj', frame => cursorLine(frame).startsWith('› Sport'));
		const read = await ui.press('C', frame => !frame.includes('Unread'));
		expect(cursorLine(read)).toMatch(/^› Sport /);
		expect(header(read)).toMatch(/ 4\/6 ?$/);
		const undone = await ui.press('u', frame => frame.includes('24 unread'));
		expect(cursorLine(undone)).toMatch(/^› Sport /);
		expect(header(undone)).toMatch(/ 5\/7 ?$/);
		expect(fits(undone)).toBe(true);
		await ui.unmount();
	});
});
