import {parse} from 'smol-toml';
import {describe, expect, it} from 'vitest';
import {checkConfig, problemText} from '../../../src/core/config/index.js';
import {COMMANDS, helpEntries, KeyDecoder} from '../../../src/core/reader/index.js';
import {resolveKey} from '../../../src/core/reader/commands.js';
import {footerHints, type HintFacts} from '../../../src/core/reader/hints.js';
import {SECTIONS_FACTS} from '../../helpers/hint-facts.js';
import {makeArticle, Session} from '../../helpers/session.js';

const keysOf = (text: string) => {
	const {config, problems} = checkConfig(parse(text), text, '/home/reader');
	return {config, said: problems.map(problem => problemText(problem, 'config.toml'))};
};
const keysFor = (table: typeof COMMANDS, command: string): readonly string[] | undefined => table.find(spec => spec.command === command)?.keys;

describe('[keys]: accepted bindings', () => {
	it.each([
		['quit = "x"', 'quit', ['x']],
		['quit = ["x", "Q"]', 'quit', ['x', 'Q']],
		['nextUnread = ["N", "ctrl+o"]', 'nextUnread', ['N', 'ctrl+o']],
		['nextUnread = "C-o"', 'nextUnread', ['ctrl+o']],
		['down = ["Down", "ctrl+e"]', 'down', ['down', 'ctrl+e']],
		['open = ["Enter", "o"]\nopenLink = "w"', 'open', ['return', 'o']],
		[
			'back = ["Esc", "BackTab", "PgUp", "pgdn"]\npageUp = "ctrl+u"\npageDown = "ctrl+d"\npreviousLink = "P"',
			'back',
			['escape', 'shift+tab', 'pageup', 'pagedown'],
		],
		['help = ["?", "?"]', 'help', ['?']],
		['toggleRead = "é"', 'toggleRead', ['é']],
		// Left without a key: the command is only in the help, marked so.
		['copyText = []', 'copyText', []],
	])('%s', (text, command, keys) => {
		const {config, said} = keysOf(`[keys]\n${text}`);
		expect(said).toEqual([]);
		expect(keysFor(config.commands, command)).toEqual(keys);
	});

	it('swaps two keys when both commands are rebound', () => {
		const {config, said} = keysOf('[keys]\ndown = ["k", "down"]\nup = ["j", "up"]');
		expect(said).toEqual([]);
		expect(resolveKey('j', 'headlines', config.commands)).toEqual({command: 'up'});
		expect(resolveKey('k', 'article', config.commands)).toEqual({command: 'down'});
	});

	it('records nothing for a command written with its default keys', () => {
		expect(keysOf('[keys]\nquit = "q"\ndown = ["j", "down", "ctrl+n"]').config.keys).toEqual({});
	});

	it('uses only key names the decoder produces', () => {
		const decoder = new KeyDecoder();
		const {config} = keysOf('[keys]\nnextUnread = ["ctrl+o"]\nhelp = ["ctrl+a", "F"]\ntop = ["ctrl+t", "insert"]');
		const produced = new Set(decoder.push('\x0f\x01F\x14\x1b[2~'));
		for (const command of ['nextUnread', 'help', 'top']) for (const key of keysFor(config.commands, command) ?? []) expect(produced.has(key), key).toBe(true);
	});
});

describe('[keys]: refused bindings keep the defaults and say why', () => {
	it.each([
		['frobnicate = "z"', /^config\.toml:2: keys\.frobnicate: no such command \(commands: down, up, .*\); ignored$/],
		['quit = []', 'config.toml:2: keys.quit: quit needs a key: without one there would be no way out; using the default (q)'],
		['back = []', 'config.toml:2: keys.back: back needs a key: without one there would be no way out; using the default (Esc h ← Bksp)'],
		['forceQuit = []', 'config.toml:2: keys.forceQuit: forceQuit needs a key: without one there would be no way out; using the default (Ctrl+C)'],
		['quit = "F13"', /^config\.toml:2: keys\.quit: "F13" is not a key name \(a character, up down .*, or ctrl\+a to ctrl\+z\); using the default \(q\)$/],
		['quit = "ctrl+i"', 'config.toml:2: keys.quit: ctrl+i reaches newsterm as tab; bind "tab" instead; using the default (q)'],
		['quit = " "', /"\s" is not a key name/],
		['quit = ""', /"" is not a key name/],
		['quit = 7', 'config.toml:2: keys.quit: expected a key ("x") or a list of keys (["x", "ctrl+x"]), not 7; using the default (q)'],
		['quit = ["x", 1]', /expected a key \("x"\) or a list of keys .*, not an array; using the default \(q\)$/],
		['followNumber = "x"', 'config.toml:2: keys.followNumber: the digits 1-9 follow links and cannot be rebound; using the default (1-9)'],
	] as const)('%s', (text, expected) => {
		const {config, said} = keysOf(`[keys]\n${text}`);
		expect(said).toEqual([typeof expected === 'string' ? expected : expect.stringMatching(expected)]);
		expect(config.commands).toBe(COMMANDS);
	});

	it('refuses a key bound to two commands on one screen, naming the other command and the screens', () => {
		const {config, said} = keysOf('[keys]\nbottom = "j"');
		expect(said).toEqual([
			'config.toml:2: keys.bottom: "j" is also down\'s key on sections, headlines, bookmarks, results, article, help; using the default (G End)',
		]);
		expect(keysFor(config.commands, 'bottom')).toEqual(['G', 'end']);
		expect(resolveKey('j', 'headlines', config.commands)).toEqual({command: 'down'});
	});

	it('refuses a digit where the digits follow links, but not on screens without links', () => {
		expect(keysOf('[keys]\nbookmarks = "3"').said).toEqual([
			'config.toml:2: keys.bookmarks: "3" is also followNumber\'s key on article; using the default (B)',
		]);
		expect(keysOf('[keys]\nmarkAllRead = "3"').said).toEqual([]);
	});

	it('refuses both commands when two rebound commands share a key, and keeps the rest', () => {
		const {config, said} = keysOf('[keys]\ntop = "x"\nbottom = "x"\nhelp = "H"');
		expect(said).toHaveLength(2);
		expect(said[0]).toMatch(/^config\.toml:2: keys\.top: "x" is also bottom's key on/);
		expect(said[1]).toMatch(/^config\.toml:3: keys\.bottom: "x" is also top's key on/);
		expect(config.keys).toEqual({help: ['H']});
	});

	it('sees no clash between commands on different screens', () => {
		// u undoes on Sections and Headlines only; copyText is an article key.
		expect(keysOf('[keys]\ncopyText = "u"').said).toEqual([]);
	});

	it('sees the clash a refusal brings back: the table checked again has no key twice on a screen', () => {
		const {config} = keysOf('[keys]\ndown = "x"\nup = "j"\nbottom = ["x", "k"]');
		for (const screen of ['sections', 'headlines', 'article', 'bookmarks', 'help', 'teaser'] as const) {
			const keys = config.commands.filter(spec => spec.screens.includes(screen)).flatMap(spec => spec.keys);
			expect(new Set(keys).size, screen).toBe(keys.length);
		}
	});

	it('says a [keys] that is not a table', () => {
		expect(keysOf('keys = "vim"').said).toEqual(['config.toml:1: keys: expected a table ([keys]), not "vim"; every key keeps its default']);
	});
});

describe('the command table with the user’s keys', () => {
	const facts: HintFacts = SECTIONS_FACTS;
	const {config} = keysOf('[keys]\nquit = ["x", "q"]\nhelp = "H"\naddFeed = []\nnextUnread = ["ctrl+o", "n"]');

	it('gives the footer hints the new first key, and none to a command without keys', () => {
		const hints = footerHints(facts, 200, config.commands).map(hint => `${hint.key} ${hint.label}`);
		expect(hints).toEqual(expect.arrayContaining(['x quit', 'H help', 'Ctrl+O next unread']));
		expect(hints.join(' ')).not.toContain('add feed');
		expect(footerHints(facts, 200).map(hint => `${hint.key} ${hint.label}`)).toEqual(expect.arrayContaining(['q quit', '? help', 'a add feed']));
	});

	it('gives the help screen every key, in the table’s order', () => {
		const help = helpEntries(config.commands);
		expect(help.find(entry => entry.help === 'Show this help')?.keyLabel).toBe('H');
		expect(help.find(entry => entry.help.startsWith('Go back; quit'))?.keyLabel).toBe('x q');
		expect(help.find(entry => entry.help.startsWith('Add a feed'))?.keyLabel).toBe('(no key)');
		expect(help).toBe(helpEntries(config.commands));
	});

	it('drives the keys: the new key works, the replaced one does nothing', () => {
		const session = new Session([makeArticle('world/a', 'World', 1), makeArticle('world/b', 'World', 2)], {columns: 80, rows: 24});
		session.data = {...session.data, commands: config.commands};
		session.key('?');
		expect(session.state.stack.at(-1)?.kind).toBe('sections');
		session.key('H');
		expect(session.state.stack.at(-1)?.kind).toBe('help');
		session.key('x');
		session.key('x');
		expect(session.state.quitting).toBe(true);
	});

	it('still lets Esc cancel a question whatever back is bound to', () => {
		const rebound = keysOf('[keys]\nback = "h"').config.commands;
		expect(resolveKey('escape', 'headlines', rebound)).toBeNull();
		const session = new Session([makeArticle('world/a', 'World', 1)], {columns: 80, rows: 24});
		session.data = {...session.data, commands: rebound};
		session.state = {...session.state, stack: [...session.state.stack, {kind: 'prompt', purpose: 'addFeed'}]};
		session.key('escape');
		expect(session.state.stack.map(screen => screen.kind)).toEqual(['sections']);
	});
});
