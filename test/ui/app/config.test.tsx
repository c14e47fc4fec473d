import chalk from 'chalk';
import {parse} from 'smol-toml';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {checkConfig} from '../../../src/core/config/index.js';
import {App} from '../../../src/ui/app/app.js';
import {createMemorySource} from '../../doubles/memory-source.js';
import {createMemoryStore} from '../../doubles/memory-store.js';
import {bundledEntries, KEYS, renderApp} from '../../helpers/ink.js';

const NOW = () => Date.UTC(2026, 10, 26, 12);
const source = createMemorySource(bundledEntries());
const settings = (text: string) => checkConfig(parse(text), text, '/home/reader').config;
/** Foreground colour codes in a frame: `33` for yellow, `38;5;94` for a 256-colour one. */
/** A frame's text without its styles. */
const plain = (frame: string): string => frame.replace(/\x1b\[[0-9;]*m/g, '');
const foregrounds = (frame: string): string[] => [...frame.matchAll(/\x1b\[(3[0-7]|9[0-7]|38;5;\d+)m/g)].map(match => match[1] ?? '');

// Ink colours through chalk, which finds no colour terminal under the test runner: frames are
// checked for their colours as a 256-colour terminal would get them.
let level: typeof chalk.level = 0;
beforeAll(() => {
	level = chalk.level;
	chalk.level = 2;
});
afterAll(() => {
	chalk.level = level;
});

describe('config.toml in the reader', () => {
	test('a light background draws no yellow, cyan or green text, and the quote in its own colour', async () => {
		const config = settings('[theme]\nbackground = "light"\nquote = "#8700af"');
		const ui = await renderApp(<App source={source} store={createMemoryStore()} size={{columns: 80, rows: 24}} now={NOW} config={config} />);
		await ui.waitFor(frame => frame.includes('World'), 'the sections');
		await ui.press(KEYS.enter, frame => frame.includes('Essland central bank'));
		const article = await ui.press(KEYS.enter, frame => frame.includes('unanimous'));
		const colours = new Set(foregrounds(article));
		for (const unreadable of ['32', '33', '36', '92', '93', '96']) expect(colours.has(unreadable), unreadable).toBe(false);
		// #8700af is 127 of the 256 colours.
		expect(colours.has('38;5;127')).toBe(true);
		await ui.unmount();
	});

	test('the dark palette, for comparison, draws the quote yellow', async () => {
		const ui = await renderApp(<App source={source} store={createMemoryStore()} size={{columns: 80, rows: 24}} now={NOW} />);
		await ui.waitFor(frame => frame.includes('World'), 'the sections');
		await ui.press(KEYS.enter, frame => frame.includes('Essland central bank'));
		const article = await ui.press(KEYS.enter, frame => frame.includes('unanimous'));
		expect(foregrounds(article)).toContain('33');
		await ui.unmount();
	});

	test('rebound keys: the footer and the help show them, they work, the keys they replaced do nothing', async () => {
		const config = settings('[keys]\nquit = ["x"]\nhelp = "H"\nnextUnread = ["ctrl+o"]');
		const ui = await renderApp(<App source={source} store={createMemoryStore()} size={{columns: 40, rows: 15}} now={NOW} config={config} />);
		const first = await ui.waitFor(frame => frame.includes('World'), 'the sections');
		const footer = plain(first).split('\n').at(-1) ?? '';
		expect(footer).toContain('x quit');
		expect(footer).toContain('H help');
		await ui.press('?', () => true);
		expect(ui.frame()).toBe(first);
		await ui.press('H', frame => frame.includes('Move down'));
		const help = plain(await ui.press('G', frame => frame.includes('Show this help')));
		expect(help).toMatch(/H\s+Show this help/);
		expect(help).toMatch(/x\s+Go back; quit/);
		await ui.press('x', frame => frame.includes('World'));
		await ui.press('\x0f', frame => frame.includes('Business ›'));
		await ui.unmount();
	});

	test('a problem in the file is said in the footer on start, and gone after the next key', async () => {
		const ui = await renderApp(
			<App
				source={source}
				store={createMemoryStore()}
				size={{columns: 80, rows: 24}}
				now={NOW}
				configNotice="config.toml:3: text_width: expected a whole number from 20 to 200, or 0, not 300; using 80"
			/>,
		);
		const first = await ui.waitFor(frame => frame.includes('World'), 'the sections');
		expect(plain(first).replace(/\s+/g, ' ')).toContain('config.toml:3: text_width: expected a whole number from 20 to 200, or 0, not 300; using 80');
		const after = await ui.press('j');
		expect(after).not.toContain('config.toml');
		await ui.unmount();
	});

	test('date_format and text_width shape the lists and the article', async () => {
		const config = settings('date_format = "%d %b %Y"\ntext_width = 40');
		const ui = await renderApp(<App source={source} store={createMemoryStore()} size={{columns: 100, rows: 24}} now={NOW} config={config} />);
		await ui.waitFor(frame => frame.includes('World'), 'the sections');
		const list = plain(await ui.press(KEYS.enter, frame => frame.includes('Essland central bank')));
		expect(list).toMatch(/\d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} {2}Essland central bank/);
		const article = plain(await ui.press(KEYS.enter, frame => frame.includes('unanimous')));
		const body = article.split('\n').slice(3, -1);
		expect(Math.max(...body.map(line => line.trimEnd().length))).toBeLessThanOrEqual(41);
		expect(Math.max(...body.map(line => line.trimEnd().length))).toBeGreaterThan(30);
		await ui.unmount();
	});
});
