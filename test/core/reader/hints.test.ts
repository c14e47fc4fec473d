import {describe, expect, it} from 'vitest';
import {COMMANDS, type CommandSpec} from '../../../src/core/reader/commands.js';
import {applicableHints, footerHints, type HintFacts, hintFacts} from '../../../src/core/reader/hints.js';
import {SECTIONS_FACTS} from '../../helpers/hint-facts.js';
import {makeArticle, Session} from '../../helpers/session.js';

/** An article opened from a list (so read), with links, none selected, not bookmarked. */
const ARTICLE: HintFacts = {
	screen: 'article',
	canGoBack: true,
	hasLinks: true,
	linkSelected: false,
	read: true,
	bookmarked: false,
	feeds: 0,
	feedSelected: false,
	summaryOnly: false,
};
const SECTIONS: HintFacts = SECTIONS_FACTS;
const HEADLINES: HintFacts = {...SECTIONS, screen: 'headlines', canGoBack: true, read: false, bookmarked: false};
const labels = (facts: HintFacts, width: number, table?: readonly CommandSpec[]): string[] =>
	footerHints(facts, width, table).map(hint => `${hint.key} ${hint.label}`);
/** Cells the footer row takes: a leading space, then `key label` and two spaces per hint. */
const used = (facts: HintFacts, width: number): number =>
	footerHints(facts, width).reduce((sum, hint) => sum + [...hint.key].length + 1 + hint.label.length + 2, 1);

describe('footer hints', () => {
	it('list every applicable hint in table order when there is room', () => {
		expect(labels(ARTICLE, 300)).toEqual([
			'j scroll',
			'Space page',
			'1-9 follow',
			'Tab link',
			'b bookmark',
			'B bookmarks',
			'r unread',
			'n next unread',
			'/ find',
			'Y copy text',
			'? help',
			'q back',
		]);
		expect(labels({...ARTICLE, screen: 'teaser', hasLinks: false, read: null, bookmarked: null}, 300)).toEqual(['B bookmarks', '? help', 'q back']);
	});

	// Each says what the key does on this screen, in this state.
	it.each([
		['q quits on the top screen', SECTIONS, 'q quit'],
		['q goes back below it', HEADLINES, 'q back'],
		['r marks a read article unread', ARTICLE, 'r unread'],
		['r marks an unread headline read', HEADLINES, 'r read'],
		['b unbookmarks a bookmarked one', {...ARTICLE, bookmarked: true}, 'b unbookmark'],
		['Enter opens the selected link', {...ARTICLE, linkSelected: true}, 'Enter open'],
		['Enter opens the selected row', HEADLINES, 'Enter open'],
		['Space pages in an article', ARTICLE, 'Space page'],
		['Tab selects a link in an article with links', ARTICLE, 'Tab link'],
	] as const)('%s', (_name, facts, shown) => {
		expect(labels(facts, 300)).toContain(shown);
	});

	it.each([
		['quit, below the top screen', ARTICLE, 'q quit'],
		['back, on the top screen', SECTIONS, 'q back'],
		['Enter, in an article with no link selected (it does nothing there)', ARTICLE, 'Enter open'],
		['links, in an article without any', {...ARTICLE, hasLinks: false}, 'Tab link'],
		['r, with nothing for it to mark', SECTIONS, 'r read'],
		['? help, on the help screen', {...ARTICLE, screen: 'help', hasLinks: false, read: null, bookmarked: null}, '? help'],
	] as const)('leave out %s', (_name, facts, missing) => {
		expect(labels(facts, 300).join('  ')).not.toContain(missing);
	});

	it.each([20, 30, 40, 50, 60, 80])('fit %i columns, keeping help and quit or back', width => {
		expect(used(ARTICLE, width)).toBeLessThanOrEqual(width);
		expect(labels(ARTICLE, width)).toEqual(expect.arrayContaining(['? help', 'q back']));
		expect(labels(SECTIONS, width)).toEqual(expect.arrayContaining(['? help', 'q quit']));
	});

	it('give way by priority on a narrow footer: an article keeps back, paging and links at 40 columns', () => {
		expect(labels(ARTICLE, 40)).toEqual(['Space page', 'Tab link', '? help', 'q back']);
		expect(labels({...ARTICLE, linkSelected: true}, 40)).toEqual(['Enter open', 'Tab link', '? help', 'q back']);
		expect(labels(HEADLINES, 40)).toEqual(['j move', 'Enter open', '? help', 'q back']);
		// With no feeds, adding one takes Enter's place on Sections: a new user needs it more.
		expect(labels(SECTIONS, 40)).toEqual(['j move', 'a add feed', '? help', 'q quit']);
		expect(labels({...SECTIONS, feeds: 3}, 40)).toEqual(['j move', 'Enter open', '? help', 'q quit']);
	});

	it('are chosen by command and priority, never by their words: a renamed label keeps its place', () => {
		const renamed = COMMANDS.map(spec =>
			spec.command === 'quit' && spec.hints ? {...spec, hints: spec.hints.map(hint => ({...hint, label: hint.label.toUpperCase()}))} : spec,
		);
		const before = footerHints(ARTICLE, 52).map(hint => hint.command);
		expect(footerHints(ARTICLE, 52, renamed).map(hint => hint.command)).toEqual(before);
		expect(before).toContain('quit');
		expect(labels(ARTICLE, 52, renamed)).toContain('q BACK');
	});

	it('carry each priority from the table', () => {
		const priorities = Object.fromEntries(applicableHints(ARTICLE).map(hint => [hint.command, hint.priority]));
		expect(priorities).toMatchObject({help: 0, quit: 0, pageDown: 2, nextLink: 3});
		expect(Object.fromEntries(applicableHints(HEADLINES).map(hint => [hint.command, hint.priority]))).toMatchObject({open: 1, down: 2, pageDown: 9});
	});
});

describe('hint facts come from the screen drawn', () => {
	const footer = (session: Session): string[] => labels(hintFacts(session.state, session.data, session.view()), 300);

	it('follow the reader from the sections to an article and its read mark', () => {
		const session = new Session([makeArticle('b/one', 'Business', 2), makeArticle('b/two', 'Business', 1)], {columns: 80, rows: 10});
		expect(footer(session)).toContain('q quit');
		session.key('return');
		expect(footer(session)).toEqual(expect.arrayContaining(['q back', 'r read', 'b bookmark']));
		session.key('return');
		// Opening marks it read: r now marks it unread.
		expect(footer(session)).toEqual(expect.arrayContaining(['q back', 'r unread', 'Space page']));
		session.key('b');
		expect(footer(session)).toContain('b unbookmark');
		session.key('r');
		expect(footer(session)).toContain('r read');
	});
});
