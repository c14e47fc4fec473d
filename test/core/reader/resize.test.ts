import {describe, expect, it} from 'vitest';
import {lineText} from '../../../src/core/layout/article.js';
import {top} from '../../../src/core/reader/state.js';
import {bundledLibrary} from '../../helpers/bundled.js';
import {makeArticle, Session} from '../../helpers/session.js';

/*
 * Keeping your place across a resize: the line on top of an article after a width change is the one
 * that shows the text the old top line started with.
 */

const words = (n: number, seed: number): string => Array.from({length: n}, (_, i) => `w${seed}x${i}${'abcdefg'.slice(0, (i * 7 + seed) % 7)}`).join(' ');
const paragraphs = Array.from({length: 30}, (_, p) => words(20 + ((p * 13) % 40), p));
const long = makeArticle('world/long', 'World', 1, paragraphs);

/** The text on top of the article as the reader draws it now. */
const topText = (session: Session): string => {
	const view = session.view();
	return lineText(view.layout?.lines[view.scroll] ?? []).trim();
};
const firstWord = (text: string): string => text.split(' ')[0] ?? '';

const resize = (session: Session, columns: number): void => {
	session.data = {...session.data, columns};
};

describe('resizing an article keeps the text on top', () => {
	const session = new Session([long], {columns: 80, rows: 24});
	session.key('return');
	session.key('return');
	const total = session.view().total;
	while (session.view().scroll < Math.round(total * 0.76)) session.key('j');
	let before = firstWord(topText(session));

	it.each([
		[40, 'narrower'],
		[120, 'wider'],
		[40, 'narrower again'],
		[80, 'back to where it began'],
	])('%i columns (%s)', columns => {
		resize(session, columns);
		expect(before).not.toBe('');
		expect(topText(session).split(' ')).toContain(before);
		// A key at the new width counts the scroll at that width; j then k must come back to the same line.
		session.key('j');
		session.key('k');
		expect(topText(session).split(' ')).toContain(before);
		before = firstWord(topText(session));
	});

	it('keeps the place of an article further down the back stack', () => {
		const reader = new Session([...bundledLibrary().values()], {columns: 80, rows: 10});
		for (const key of ['G', 'return', 'j', 'return', 'space', 'j', 'j', 'j']) reader.key(key);
		const left = firstWord(topText(reader));
		expect(left).not.toBe('');
		expect(reader.view().scroll).toBeGreaterThan(0);
		reader.key('4');
		expect(top(reader.state)).toMatchObject({id: 'world/us-not-there-yet'});
		resize(reader, 40);
		reader.key('j');
		reader.key('escape');
		expect(topText(reader).split(' ')).toContain(left);
	});
});
