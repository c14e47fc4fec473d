import {describe, expect, it} from 'vitest';
import type {Article} from '../../../src/core/article/types.js';
import {articleMarkdown} from '../../../src/core/export/markdown.js';
import {headerText} from '../../../src/core/reader/header.js';
import {top} from '../../../src/core/reader/state.js';
import {makeArticle, Session} from '../../helpers/session.js';

/*
 * `s` and `|` as a user drives them: open an article, press the key, and see what the reader asks
 * of the world (a file with the article's Markdown, a prompt for a command).
 */

const tide: Article = {
	...makeArticle('harbour/tide', 'Harbour', 2, ['High water at *06:12*.', 'Pilots board at the buoy.']),
	title: 'Tide tables',
	origin: {feed: 'Port News', url: 'https://port.example/tide', author: 'Ann Lee', summaryOnly: false},
};
const other = makeArticle('harbour/ferry', 'Harbour', 1);

/** A session on the Harbour list with its first article open. */
function reading(columns = 80, rows = 24): Session {
	const session = new Session([tide, other], {columns, rows});
	session.key('return');
	session.key('return');
	// A first key settles the article's scroll at its width, so the state after it is the article's own.
	session.key('k');
	expect(top(session.state)).toMatchObject({kind: 'article', id: tide.id});
	return session;
}

describe('s saves the open article', () => {
	it.each([
		[80, 24],
		[40, 15],
	])('at %ix%i: the Markdown of the article on screen, named by its title', (columns, rows) => {
		const session = reading(columns, rows);
		const before = session.state;
		expect(session.key('s')).toEqual([{type: 'save', title: 'Tide tables', markdown: articleMarkdown(tide)}]);
		// Nothing moves: saving is not navigation.
		expect(session.state).toEqual(before);
	});

	it('does nothing on a list: there is no article open to save', () => {
		const session = new Session([tide, other], {columns: 80, rows: 24});
		session.key('return');
		expect(session.key('s')).toEqual([]);
	});
});

describe('| pipes the open article to a command', () => {
	it.each([
		[80, 24],
		[40, 15],
	])('at %ix%i: opens the command prompt for this article; its keys are typing, Esc goes back to the article', (columns, rows) => {
		const session = reading(columns, rows);
		const article = session.state;
		expect(session.key('|')).toEqual([]);
		expect(top(session.state)).toEqual({kind: 'prompt', purpose: 'pipe', id: tide.id});
		expect(headerText(session.state, session.view()).location).toBe('newsterm › Pipe to a command');
		for (const key of ['q', 's', '|', 'j', 'return', 'backspace']) expect(session.key(key)).toEqual([]);
		expect(top(session.state)).toEqual({kind: 'prompt', purpose: 'pipe', id: tide.id});
		session.key('escape');
		expect(session.state).toEqual(article);
	});

	it('is not bound on a list', () => {
		const session = new Session([tide, other], {columns: 80, rows: 24});
		session.key('return');
		session.key('|');
		expect(top(session.state).kind).toBe('headlines');
	});
});
