import {describe, expect, test} from 'vitest';
import type {Article} from '../../../src/core/article/index.js';
import type {ArticleSource} from '../../../src/core/library/index.js';
import type {Platform, State} from '../../../src/core/reader/index.js';
import {App} from '../../../src/ui/app/app.js';
import {createMemoryStore} from '../../doubles/memory-store.js';
import {RICH_NOW, richItem} from '../../helpers/feed-item.js';
import {KEYS, renderApp} from '../../helpers/ink.js';

/*
 * The link menu, the QR screen and OSC 8 as the App draws them (ink-testing-library frames), on the
 * rich feed item: its page https://courier.example/..., a relative and an absolute body link, a long one.
 */

const item = richItem();
const PAGE = item.origin?.url ?? '';
const FISHERS = 'https://fishers.example/guild';
const TITLE = 'Harbour council';

function sourceOf(article: Article): ArticleSource {
	return {
		scan: async () => ({articles: [article], skipped: []}),
		open: async id => (id === article.id ? {ok: true, article} : {ok: false, error: 'gone'}),
	};
}

/** A platform that records what it was asked to open and copy. */
function fakePlatform() {
	const asked: string[] = [];
	const platform: Platform = {
		redraw: () => undefined,
		suspend: () => undefined,
		openLink: async url => {
			asked.push(`open ${url}`);
			return {ok: true, message: 'Opened in the browser'};
		},
		copy: (text, what) => {
			asked.push(`copy ${what} ${text}`);
			return {ok: true, message: `Copied the link to the clipboard: ${text}`, link: text};
		},
	};
	return {platform, asked};
}

const onArticle: State = {
	stack: [
		{kind: 'sections', pos: {cursor: 0, offset: 0}},
		{kind: 'article', id: item.id, scroll: 0, link: null},
	],
	quitting: false,
};

async function start(options: {columns?: number; rows?: number; hyperlinks?: boolean} = {}) {
	const fake = fakePlatform();
	const ui = await renderApp(
		<App
			source={sourceOf(item)}
			store={createMemoryStore()}
			initial={onArticle}
			size={{columns: options.columns ?? 80, rows: options.rows ?? 24}}
			now={() => RICH_NOW}
			platform={fake.platform}
			hyperlinks={options.hyperlinks ?? false}
		/>,
	);
	await ui.waitFor(frame => frame.includes(TITLE), 'the article');
	return {ui, asked: fake.asked};
}

/** Tab until the fishers' guild link is selected, then Enter: the menu. */
async function openMenu(ui: Awaited<ReturnType<typeof start>>['ui']): Promise<string> {
	// Without colours a selection changes no text: each press is its own act(), which renders it.
	await ui.press(KEYS.tab, () => true);
	await ui.press(KEYS.tab, () => true);
	return ui.press(KEYS.enter, frame => frame.includes('Show URL'));
}

describe('Enter on a web link: the link menu', () => {
	test('shows the link and four choices, Open first; Esc leaves it for the article', async () => {
		const {ui} = await start();
		const menu = await openMenu(ui);
		expect(menu).toContain('Link › fishers’ guild');
		expect(menu).toContain(FISHERS);
		const choices = menu.split('\n').filter(line => /Open|Copy|QR code|Show URL/.test(line));
		expect(choices.map(line => line.replace(/^[❯ ]+/, ''))).toEqual(['Open', 'Copy', 'QR code', 'Show URL']);
		expect(choices[0]).toMatch(/^❯/);
		const back = await ui.press(KEYS.escape, frame => frame.includes(TITLE));
		expect(back).not.toContain('Show URL');
		await ui.unmount();
	});

	test.each([
		['Open', 0, 'open https://fishers.example/guild', 'Opened in the browser'],
		['Copy', 1, 'copy link https://fishers.example/guild', 'Copied the link to the clipboard'],
	])('%s asks the platform, back on the article with its answer', async (_name, downs, asked, message) => {
		const {ui, asked: calls} = await start();
		await openMenu(ui);
		for (let i = 0; i < downs; i++) await ui.press(KEYS.down, () => true);
		const after = await ui.press(KEYS.enter, frame => frame.includes(message));
		expect(after).toContain(TITLE);
		expect(calls).toEqual([asked]);
		await ui.unmount();
	});

	test('keys typed in the same read as the Enter that opens the menu choose in it', async () => {
		const {ui, asked: calls} = await start();
		await ui.press(KEYS.tab, () => true);
		await ui.press(KEYS.tab, () => true);
		const after = await ui.press(`${KEYS.enter}j${KEYS.enter}`, frame => frame.includes('Copied the link to the clipboard'));
		expect(after).toContain(TITLE);
		expect(calls).toEqual([`copy link ${FISHERS}`]);
		await ui.unmount();
	});

	test('QR code draws the code over the whole terminal; any key returns to the article', async () => {
		const {ui} = await start();
		await openMenu(ui);
		await ui.press(KEYS.down, () => true);
		await ui.press(KEYS.down, () => true);
		const qr = await ui.press(KEYS.enter, frame => frame.includes('█'));
		expect(qr).not.toContain(TITLE);
		expect(qr).toContain('any key returns');
		expect(qr.split('\n').filter(line => line.includes('█')).length).toBeGreaterThan(10);
		const back = await ui.press('x', frame => frame.includes(TITLE));
		expect(back).not.toContain('█');
		await ui.unmount();
	});

	test('Show URL shows the whole long URL, wrapped after its punctuation at 40 columns', async () => {
		const {ui} = await start({columns: 40, rows: 15});
		// The long "full minutes" link is the third web link down the screen.
		for (let i = 0; i < 3; i++) await ui.press(KEYS.tab, () => true);
		await ui.press(KEYS.enter, frame => frame.includes('Show URL'));
		for (let i = 0; i < 3; i++) await ui.press(KEYS.down, () => true);
		const shown = await ui.press(KEYS.enter, frame => frame.includes('any key returns'));
		const url = 'https://courier.example/2026/11/tide-gauge-minutes-full-text-with-every-amendment-and-vote';
		const lines = shown.split('\n').map(row => row.trim());
		const rows = lines.slice(1, lines.indexOf('', 1));
		expect(rows.join('')).toBe(url);
		expect(rows.slice(0, -1).every(row => /[/?&=.-]$/.test(row))).toBe(true);
		await ui.unmount();
	});
});

describe('O on a terminal too small for the code', () => {
	test('says how many columns and rows it needs; a key returns', async () => {
		const {ui} = await start({columns: 40, rows: 15});
		const small = await ui.press('O', frame => frame.includes('needs'));
		expect(
			small
				.split('\n')
				.map(row => row.trim())
				.join(' '),
		).toMatch(/This QR code needs \d+ columns and \d+ rows; the terminal has 40 x 15\./);
		await ui.press('q', frame => frame.includes(TITLE));
		await ui.unmount();
	});
});

describe('OSC 8 in the frames', () => {
	const OPEN = /\x1b\]8;id=(nt\d+);([^\x1b]*)\x1b\\/g;

	test('on: each web address is a link, a wrapped URL one id over its rows; off: none at all', async () => {
		const on = await start({columns: 40, rows: 60, hyperlinks: true});
		const frame = on.ui.frame();
		const links = [...frame.matchAll(OPEN)].map(match => [match[1], match[2]]);
		expect(links).toContainEqual([expect.any(String), FISHERS]);
		const foot = frame.slice(frame.indexOf('\n Links\n'));
		const long = [...foot.matchAll(OPEN)].map(match => [match[1], match[2]]).filter(([, url]) => url?.includes('every-amendment'));
		// Its words, and the URL over three rows, in the Links block: one id.
		expect(long.length).toBeGreaterThan(2);
		expect(new Set(long.map(([id]) => id)).size).toBe(1);
		// Every link opened is closed on its row.
		for (const row of frame.split('\n')) expect(row.split('\x1b]8;id=').length - 1).toBe(row.split('\x1b]8;;\x1b\\').length - 1);
		// The javascript: link never becomes one.
		expect(frame).not.toMatch(/\x1b\]8;[^;]*;javascript/);
		await on.ui.unmount();
		const off = await start({columns: 40, rows: 60, hyperlinks: false});
		expect(off.ui.frame()).not.toContain('\x1b]8;');
		await off.ui.unmount();
	});

	test('the footer names the copied URL as a link', async () => {
		const {ui} = await start({columns: 40, rows: 15, hyperlinks: true});
		const copied = await ui.press('y', frame => frame.includes('Copied'));
		const linked = [...copied.matchAll(/\x1b\]8;id=ntf;([^\x1b]*)\x1b\\([^\x1b]*)\x1b\]8;;\x1b\\/g)];
		expect(linked.every(match => match[1] === PAGE)).toBe(true);
		expect(linked.map(match => match[2]).join('')).toBe(PAGE);
		await ui.unmount();
	});
});
