import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {filterEntries, type ListEntry} from '../../src/cli/output.js';
import {matchSection} from '../../src/core/library/index.js';
import {ensureBuilt, runBin, tempDir} from '../helpers/bin.js';

/* `newsterm list --unread --section S --bookmarked --limit N`: the filters, and the bin over the bundled articles (24, four a section). */

const entry = (id: string, section: string, read: boolean, bookmarked: boolean): ListEntry => ({id, title: id, section, updated: null, read, bookmarked});
const entries = [entry('a', 'World', false, true), entry('b', 'Sport', true, true), entry('c', 'World', true, false), entry('d', 'World', false, false)];
const none = {unread: false, bookmarked: false, section: null, limit: null};
const ids = (kept: readonly ListEntry[]): string[] => kept.map(kept => kept.id);

describe('filterEntries', () => {
	test.each([
		['nothing: every entry', {}, ['a', 'b', 'c', 'd']],
		['--unread', {unread: true}, ['a', 'd']],
		['--bookmarked', {bookmarked: true}, ['a', 'b']],
		['--section', {section: 'World'}, ['a', 'c', 'd']],
		['--limit keeps the first (newest) N', {limit: 2}, ['a', 'b']],
		['all of them together', {unread: true, section: 'World', limit: 1}, ['a']],
		['--unread --bookmarked', {unread: true, bookmarked: true}, ['a']],
		['a limit past the end', {limit: 99}, ['a', 'b', 'c', 'd']],
	] as const)('%s', (_name, filter, expected) => {
		expect(ids(filterEntries(entries, {...none, ...filter}))).toEqual(expected);
	});
});

describe('matchSection', () => {
	const sections = ['Business', 'Science', 'Sport', 'Technology', 'World'];
	test('a name in any case is that section', () => {
		expect(matchSection(sections, 'sPORT')).toEqual({section: 'Sport'});
	});
	test.each([
		['sprot', ['Sport']],
		['tech', ['Technology']],
		['wrld', ['World']],
		['gardening', []],
	])('%s suggests %j', (name, suggestions) => {
		expect(matchSection(sections, name)).toEqual({suggestions});
	});
});

const config = tempDir('newsterm-list-');
const env = {NEWSTERM_CONFIG_DIR: config.path, NEWSTERM_CACHE_DIR: `${config.path}/cache`, NEWSTERM_DATA_DIR: `${config.path}/data`};
beforeAll(ensureBuilt);
afterAll(config.remove);

const listed = (...args: string[]): {id: string; section: string; read: boolean; bookmarked: boolean}[] => {
	const run = runBin(['list', '--json', ...args], env);
	expect(run.code).toBe(0);
	return JSON.parse(run.stdout);
};

describe('newsterm list with filters', () => {
	test('--section in any case, --unread after a mark, --limit the newest, combined', () => {
		const sport = listed('--section', 'sport');
		expect(sport).toHaveLength(4);
		expect(sport.every(found => found.section === 'Sport')).toBe(true);
		const first = sport[0]?.id ?? '';
		expect(runBin(['mark-read', first], env).code).toBe(0);
		const unread = listed('--unread', '--section', 'Sport');
		expect(unread.map(found => found.id)).toEqual(sport.slice(1).map(found => found.id));
		expect(listed('--unread', '--section', 'Sport', '--limit', '2').map(found => found.id)).toEqual(sport.slice(1, 3).map(found => found.id));
		expect(listed('--unread')).toHaveLength(23);
		expect(listed('--limit', '5')).toEqual(listed().slice(0, 5));
	});

	test('--bookmarked lists none until one is bookmarked; the text form prints nothing for none', () => {
		expect(listed('--bookmarked')).toEqual([]);
		expect(runBin(['list', '--bookmarked'], env)).toMatchObject({code: 0, stdout: ''});
	});

	test('a section that is not there exits 1 with the near names; a bad --limit exits 2', () => {
		const typo = runBin(['list', '--section', 'sprot'], env);
		expect(typo).toMatchObject({code: 1, stdout: ''});
		expect(typo.stderr).toBe('newsterm: no section named "sprot"; did you mean "Sport"?\n');
		const far = runBin(['list', '--section', 'gardening'], env);
		expect(far.stderr).toBe('newsterm: no section named "gardening" (newsterm unread lists those with unread)\n');
		for (const bad of ['0', '-1', 'ten', '2.5']) {
			const run = runBin(['list', `--limit=${bad}`], env);
			expect(run.code).toBe(2);
			expect(run.stderr).toContain(`--limit needs a positive whole number, not "${bad}"`);
		}
	});
});
