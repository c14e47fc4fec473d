import {describe, expect, it} from 'vitest';
import {COMMANDS, type CommandSpec} from '../../../src/core/reader/commands.js';
import {applicableHints, footerHints, type HintFacts} from '../../../src/core/reader/hints.js';

const ARTICLE: HintFacts = {screen: 'article', canGoBack: true, hasLinks: true};
const labels = (facts: HintFacts, width: number, table?: readonly CommandSpec[]): string[] =>
	footerHints(facts, width, table).map(hint => `${hint.key} ${hint.label}`);
/** Cells the footer row takes: a leading space, then `key label` and two spaces per hint. */
const used = (facts: HintFacts, width: number): number =>
	footerHints(facts, width).reduce((sum, hint) => sum + [...hint.key].length + 1 + hint.label.length + 2, 1);

describe('footer hints', () => {
	it('list every applicable hint in table order when there is room', () => {
		expect(labels(ARTICLE, 300)).toEqual([
			'j move',
			'Space page',
			'Enter open',
			'1-9 link',
			'b bookmark',
			'B bookmarks',
			'r read',
			'n next unread',
			'Esc back',
			'? help',
			'q quit',
		]);
		expect(labels({screen: 'teaser', canGoBack: true, hasLinks: false}, 300)).toEqual(['B bookmarks', 'Esc back', '? help', 'q quit']);
	});

	it.each([
		['back, on the top screen', {screen: 'sections', canGoBack: false, hasLinks: false}, 'Esc back'],
		['link, in an article without links', {...ARTICLE, hasLinks: false}, '1-9 link'],
	] as const)('leave out %s', (_name, facts, missing) => {
		expect(labels(facts, 300)).not.toContain(missing);
	});

	it.each([20, 30, 40, 50, 60, 80])('fit %i columns, keeping help and quit', width => {
		expect(used(ARTICLE, width)).toBeLessThanOrEqual(width);
		expect(labels(ARTICLE, width)).toEqual(expect.arrayContaining(['? help', 'q quit']));
	});

	it('give way by priority on a narrow footer: open, move and back before page', () => {
		const shown = labels(ARTICLE, 40);
		expect(shown).toEqual(['j move', 'Enter open', '? help', 'q quit']);
		expect(labels({screen: 'headlines', canGoBack: true, hasLinks: false}, 50)).toEqual(['j move', 'Enter open', 'Esc back', '? help', 'q quit']);
	});

	it('are chosen by command and priority, never by their words: a renamed label keeps its place', () => {
		const renamed = COMMANDS.map(spec => (spec.command === 'back' && spec.hint ? {...spec, hint: {...spec.hint, label: 'zurück'}} : spec));
		const before = footerHints(ARTICLE, 52).map(hint => hint.command);
		expect(footerHints(ARTICLE, 52, renamed).map(hint => hint.command)).toEqual(before);
		expect(before).toContain('back');
	});

	it('carry each priority from the table', () => {
		const priorities = Object.fromEntries(applicableHints(ARTICLE).map(hint => [hint.command, hint.priority]));
		expect(priorities).toMatchObject({help: 0, quit: 0, open: 1, down: 2, back: 3});
	});
});
