import {describe, expect, it} from 'vitest';
import type {Article} from '../../../src/core/article/types.js';
import {resolveKey} from '../../../src/core/reader/commands.js';
import {footerHints, hintFacts} from '../../../src/core/reader/hints.js';
import {initialState, type State, top} from '../../../src/core/reader/state.js';
import {update} from '../../../src/core/reader/update.js';
import {viewModel} from '../../../src/core/reader/view-model.js';
import {makeArticle, Session} from '../../helpers/session.js';

const item: Article = {
	...makeArticle('@k3x9q2m7ta/aaaaaaaaaaaaa', 'Example News', 1),
	links: [{text: 'Tide tables', url: 'https://tides.example/t'}],
	origin: {feed: 'Example News', url: 'https://news.example/a', author: null, summaryOnly: false},
};
const file = makeArticle('world/a', 'World', 2);
const opened = (id: string): State => ({...initialState, stack: [initialState.stack[0], {kind: 'article', id, scroll: 0, link: null}]});

function session(columns: number, rows: number) {
	return new Session([item, file], {columns, rows}).data;
}

describe('O: the link as a QR code', () => {
	const data = session(80, 40);

	it('is a key on the article only', () => {
		expect(resolveKey('O', 'article')).toEqual({command: 'qrCode'});
		expect(resolveKey('O', 'headlines')).toBeNull();
	});

	it('shows the item’s page, or the selected web link, on a screen of its own', () => {
		const start = opened(item.id);
		expect(top(update(start, data, 'O')?.state ?? start)).toEqual({kind: 'showLink', url: 'https://news.example/a', as: 'qr'});
		const selected = update(start, data, 'tab')?.state ?? start;
		expect(top(update(selected, data, 'O')?.state ?? start)).toEqual({kind: 'showLink', url: 'https://tides.example/t', as: 'qr'});
	});

	it('on a file says there is no address, and shows nothing', () => {
		const result = update(opened(file.id), data, 'O');
		expect(result?.effects).toEqual([{type: 'notify', message: 'This article is a file: it has no web address'}]);
		expect(top(result?.state ?? initialState).kind).toBe('article');
	});

	it.each(['q', 'escape', 'j', 'x', 'return', 'O', ' '])('%j returns to the article, where it was', key => {
		const start = opened(item.id);
		const shown = update(start, data, 'O')?.state ?? start;
		const back = update(shown, data, key);
		expect(back?.effects).toEqual([]);
		expect(back?.state.stack).toEqual(shown.stack.slice(0, -1));
		expect(top(back?.state ?? initialState)).toMatchObject(top(start));
	});

	it('Ctrl+C still quits and Ctrl+L redraws from it', () => {
		const shown = update(opened(item.id), data, 'O')?.state ?? initialState;
		expect(update(shown, data, 'ctrl+c')?.state.quitting).toBe(true);
		expect(update(shown, data, 'ctrl+l')?.effects).toEqual([{type: 'redraw'}]);
	});
});

describe('the link menu', () => {
	const data = session(80, 40);
	const menu = (): State => {
		const start = opened(item.id);
		const selected = update(start, data, 'tab')?.state ?? start;
		return update(selected, data, 'return')?.state ?? start;
	};

	it('takes its own keys: j, k and Enter go to the menu, not the reader', () => {
		for (const key of ['j', 'k', 'return', 'q', 'O']) expect(update(menu(), data, key)).toBeNull();
	});

	it('Esc leaves it, back on the article with the link still selected', () => {
		const result = update(menu(), data, 'escape');
		const screen = top(result?.state ?? initialState);
		expect(screen.kind).toBe('article');
		expect(screen.kind === 'article' ? screen.link : null).not.toBeNull();
	});
});

describe('footer hints for o, y, Y and O', () => {
	const hints = (state: State, columns: number): string[] => {
		const data = session(columns, 15);
		return footerHints(hintFacts(state, data, viewModel(state, data)), columns).map(hint => `${hint.key} ${hint.label}`);
	};

	it('a feed item on a wide footer: o, y and O act on its page, Y copies its text', () => {
		const shown = hints(opened(item.id), 200);
		for (const hint of ['o browser', 'y copy', 'O QR', 'Y copy text']) expect(shown).toContain(hint);
	});

	it('a file has no address: no o, y or O', () => {
		const shown = hints(opened(file.id), 200);
		expect(shown.filter(hint => /^[oyO] /.test(hint))).toEqual([]);
		expect(shown).toContain('Y copy text');
	});

	it.each([40, 80])('fit at %i columns, help and back kept', columns => {
		const shown = hints(opened(item.id), columns);
		expect(` ${shown.map(hint => `${hint}  `).join('')}`.length).toBeLessThanOrEqual(columns + 2);
		expect(shown).toContain('? help');
		expect(shown).toContain('q back');
	});
});
