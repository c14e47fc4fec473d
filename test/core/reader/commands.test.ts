import {describe, expect, it} from 'vitest';
import {COMMANDS, keyLabel, resolveKey, type ScreenKind} from '../../../src/core/reader/commands.js';
import {KeyDecoder} from '../../../src/core/reader/keys.js';

const SCREENS: readonly ScreenKind[] = ['sections', 'headlines', 'article', 'teaser', 'bookmarks', 'help', 'prompt', 'confirm', 'search', 'results'];

describe('resolveKey', () => {
	it.each([
		['j', 'sections', {command: 'down'}],
		['down', 'article', {command: 'down'}],
		['k', 'help', {command: 'up'}],
		['space', 'headlines', {command: 'pageDown'}],
		['pagedown', 'article', {command: 'pageDown'}],
		['ctrl+b', 'bookmarks', {command: 'pageUp'}],
		['g', 'article', {command: 'top'}],
		['end', 'headlines', {command: 'bottom'}],
		['return', 'sections', {command: 'open'}],
		['l', 'article', {command: 'open'}],
		['3', 'article', {command: 'followNumber', digit: 3}],
		['9', 'article', {command: 'followNumber', digit: 9}],
		['tab', 'article', {command: 'nextLink'}],
		['shift+tab', 'article', {command: 'previousLink'}],
		['b', 'headlines', {command: 'toggleBookmark'}],
		['B', 'teaser', {command: 'bookmarks'}],
		['r', 'bookmarks', {command: 'toggleRead'}],
		['n', 'sections', {command: 'nextUnread'}],
		['escape', 'help', {command: 'back'}],
		['backspace', 'teaser', {command: 'back'}],
		['?', 'article', {command: 'help'}],
		['q', 'teaser', {command: 'quit'}],
		['ctrl+c', 'help', {command: 'forceQuit'}],
	] as const)('%s on %s', (key, screen, expected) => {
		expect(resolveKey(key, screen)).toEqual(expected);
	});

	it.each([
		['3', 'headlines'],
		['0', 'article'],
		['tab', 'sections'],
		['b', 'sections'],
		['B', 'bookmarks'],
		['n', 'teaser'],
		['j', 'teaser'],
		['return', 'teaser'],
		['x', 'article'],
	] as const)('%s on %s is unbound', (key, screen) => {
		expect(resolveKey(key, screen)).toBeNull();
	});
});

describe('the command table', () => {
	it('binds no key twice on one screen', () => {
		for (const screen of SCREENS) {
			const keys = COMMANDS.filter(spec => spec.screens.includes(screen)).flatMap(spec => spec.keys);
			expect(new Set(keys).size, screen).toBe(keys.length);
		}
	});

	it('uses only key names the decoder produces', () => {
		const decoder = new KeyDecoder();
		const produced = new Set(
			decoder.push('jkgGlhqbBrnNRadfoyYpJKACuLUOs|/? \r\t\x0e\x10\x7f\x03\x06\x02\x0c\x1a\x1b[A\x1b[B\x1b[C\x1b[D\x1b[5~\x1b[6~\x1b[H\x1b[F\x1b[Z'),
		);
		produced.add('escape').add('digit');
		for (const spec of COMMANDS) {
			for (const key of spec.keys) expect(produced.has(key), `${spec.command}: ${key}`).toBe(true);
		}
	});

	it('writes every key of a command in its label, in table order', () => {
		const label = (command: string): string => keyLabel(COMMANDS.find(spec => spec.command === command) ?? COMMANDS[0]!);
		expect(label('pageDown')).toBe('Space PgDn Ctrl+F');
		expect(label('back')).toBe('Esc h ← Bksp');
		expect(label('followNumber')).toBe('1-9');
		expect(label('redraw')).toBe('Ctrl+L');
	});
});
