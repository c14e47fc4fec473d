import {describe, expect, it} from 'vitest';
import {top} from '../../../src/core/reader/state.js';
import {resolveKey} from '../../../src/core/reader/commands.js';
import {makeArticle, Session} from '../../helpers/session.js';

/*
 * Find in an article (`/`), through the App's own update loop: typing highlights live, Enter goes to
 * the first match at or after the top line, n and N move and wrap, Esc clears before it goes back.
 */

/** Paragraphs where every tenth says "harbour", so the matches sit down a long article. */
const paragraphs = Array.from({length: 40}, (_, i) => (i % 10 === 3 ? `Paragraph ${i} mentions the Harbour once.` : `Paragraph ${i} is filler text.`));

function reading(): Session {
	const session = new Session([makeArticle('world/long', 'World', 2, paragraphs), makeArticle('world/next', 'World', 1)], {columns: 80, rows: 12});
	for (const key of ['j', 'return', 'return']) session.key(key);
	return session;
}

/** Types into the find prompt, a key at a time as the decoder gives them. */
const type = (session: Session, text: string): void => {
	for (const char of text) session.key(char === ' ' ? 'space' : char);
};

/** Clears the prompt with Backspace, as a user retyping the pattern does. */
const clear = (session: Session): void => {
	while ((session.state.find?.pattern ?? '') !== '') session.key('backspace');
};

const scroll = (session: Session): number => {
	const screen = top(session.state);
	return screen.kind === 'article' ? screen.scroll : -1;
};

/** The line of the current match, as the screen highlights it. */
const currentLine = (session: Session): number | undefined => {
	const find = session.view().find;
	return find?.current === null || find === null ? undefined : find.matches[find.current]?.line;
};

describe('finding in an article', () => {
	it('/ opens the prompt over the article; typing finds live, smartcase, before Enter', () => {
		const session = reading();
		expect(top(session.state).kind).toBe('article');
		session.key('/');
		expect(session.view().find).toMatchObject({typing: true, pattern: ''});
		type(session, 'harb');
		expect(session.view().find?.matches).toHaveLength(4);
		type(session, 'our once');
		expect(session.view().find).toMatchObject({pattern: 'harbour once'});
		expect(session.view().find?.matches).toHaveLength(4);
		clear(session);
		type(session, 'Harbour');
		expect(session.view().find?.matches).toHaveLength(4);
		clear(session);
		type(session, 'HARBOUR');
		expect(session.view().find?.matches).toHaveLength(0);
		// Keys go to the prompt while it is open: j, q and G are typing, not scrolling or quitting; Tab is nothing.
		type(session, 'jqG');
		session.key('tab');
		expect(session.view().find?.pattern).toBe('HARBOURjqG');
		expect(scroll(session)).toBe(0);
		expect(top(session.state).kind).toBe('article');
	});

	it('Enter goes to the first match at or after the top line; n and N move, wrapping with a notice', () => {
		const session = reading();
		session.key('/');
		type(session, 'harbour');
		session.key('return');
		const first = currentLine(session) ?? -1;
		expect(first).toBeGreaterThan(0);
		expect(first).toBeGreaterThanOrEqual(scroll(session));
		expect(first).toBeLessThan(scroll(session) + session.view().bodyHeight);
		const lines: number[] = [first];
		for (let i = 0; i < 3; i++) {
			session.key('n');
			lines.push(currentLine(session) ?? -1);
			// Every match moved to is on screen.
			expect(lines.at(-1)).toBeGreaterThanOrEqual(scroll(session));
			expect(lines.at(-1)).toBeLessThan(scroll(session) + session.view().bodyHeight);
		}
		expect([...lines].sort((a, b) => a - b)).toEqual(lines);
		expect(session.notices).toEqual([]);
		session.key('n');
		expect(currentLine(session)).toBe(first);
		expect(session.notices).toEqual(['search hit BOTTOM, continuing at TOP']);
		session.key('N');
		expect(currentLine(session)).toBe(lines[3]);
		expect(session.notices.at(-1)).toBe('search hit TOP, continuing at BOTTOM');
	});

	it('Enter starts at the top line: from far down it finds the next match below, not the first', () => {
		const session = reading();
		session.key('G');
		const bottom = scroll(session);
		session.key('/');
		type(session, 'filler');
		session.key('return');
		expect(currentLine(session)).toBeGreaterThanOrEqual(bottom);
	});

	it('a pattern not found says so and leaves no find; n is next unread again', () => {
		const session = reading();
		session.key('/');
		type(session, 'zebra');
		session.key('return');
		expect(session.notices).toEqual(['Pattern not found: zebra']);
		expect(session.state.find).toBeUndefined();
		session.key('n');
		expect(top(session.state)).toMatchObject({kind: 'article', id: 'world/next'});
	});

	it('Esc in the prompt cancels it, back to the find before it; Esc on the article clears the find, a second goes back', () => {
		const session = reading();
		session.key('/');
		type(session, 'harbour');
		session.key('return');
		const before = session.state.find;
		session.key('/');
		type(session, 'filler');
		session.key('escape');
		expect(session.state.find).toEqual(before);
		session.key('escape');
		expect(session.state.find).toBeUndefined();
		expect(top(session.state).kind).toBe('article');
		session.key('escape');
		expect(top(session.state).kind).toBe('headlines');
	});

	it('N without a find says how to start one; the find belongs to its article', () => {
		const session = reading();
		session.key('N');
		expect(session.notices).toEqual(['No find in this article: / starts one']);
		session.key('/');
		type(session, 'harbour');
		session.key('return');
		session.key('J');
		expect(top(session.state)).toMatchObject({kind: 'article', id: 'world/next'});
		expect(session.view().find).toBeNull();
	});

	it('/, n and N are find keys on the article; n is next unread elsewhere', () => {
		expect(resolveKey('/', 'article')).toEqual({command: 'find'});
		expect(resolveKey('N', 'article')).toEqual({command: 'findPrevious'});
		expect(resolveKey('n', 'article')).toEqual({command: 'findNext'});
		expect(resolveKey('n', 'headlines')).toEqual({command: 'nextUnread'});
	});
});
