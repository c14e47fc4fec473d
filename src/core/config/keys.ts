/**
 * config.toml's `[keys]`: `command = "x"` or `["x", "ctrl+x"]` by the command table's ids. A key
 * name must be one the key decoder produces; a command may be left without keys (`[]`) except the
 * ways out; a key bound to two commands on one screen keeps the defaults of the commands rebound.
 */
import {bindCommands, COMMANDS, type CommandId, type CommandSpec, type KeyBindings, keyName, type ScreenKind} from '../reader/index.js';
import {shown} from './values.js';

/** Named keys, as the decoder (core/reader/keys.ts) names them. */
const NAMED = new Set([
	'up',
	'down',
	'left',
	'right',
	'home',
	'end',
	'pageup',
	'pagedown',
	'insert',
	'delete',
	'return',
	'tab',
	'shift+tab',
	'backspace',
	'escape',
	'space',
]);
/** Other spellings people write for them. */
const ALIASES: Readonly<Record<string, string>> = {
	enter: 'return',
	esc: 'escape',
	pgup: 'pageup',
	pgdn: 'pagedown',
	backtab: 'shift+tab',
	's-tab': 'shift+tab',
	del: 'delete',
	ins: 'insert',
	bksp: 'backspace',
};
/** Control letters the terminal sends as another key. */
const CTRL_ARRIVES_AS: Readonly<Record<string, string>> = {h: 'backspace', i: 'tab', j: 'return', m: 'return'};
/** Without a key for these a user could not leave the reader, a screen or a question. */
const WAYS_OUT: ReadonlySet<CommandId> = new Set(['quit', 'back', 'forceQuit']);

/** A key as written in the file to the decoder's name, or why it is not one. */
function keyOf(written: string): {readonly key: string} | {readonly error: string} {
	const chars = [...written];
	// One printable character is itself, case and all: `G` is not `g`.
	if (chars.length === 1 && !/[\p{Cc}\p{Z}]/u.test(written)) return {key: written};
	const lower = written.toLowerCase();
	if (NAMED.has(lower)) return {key: lower};
	if (ALIASES[lower]) return {key: ALIASES[lower]};
	const ctrl = /^(?:ctrl|control|c)[+-]([a-z])$/.exec(lower);
	if (ctrl?.[1]) {
		const as = CTRL_ARRIVES_AS[ctrl[1]];
		return as ? {error: `ctrl+${ctrl[1]} reaches newsterm as ${as}; bind "${as}" instead`} : {key: `ctrl+${ctrl[1]}`};
	}
	return {
		error: `${JSON.stringify(written)} is not a key name (a character, up down left right home end pageup pagedown insert delete enter tab shift+tab backspace esc space, or ctrl+a to ctrl+z)`,
	};
}

/** One complaint about `[keys]`: the dotted key (`keys.quit`) and what is wrong and used instead. */
interface KeyProblem {
	readonly key: string;
	readonly message: string;
}

/** What `[keys]` gives: the rebindings accepted, the table built from them, and what was refused. */
export interface KeyCheck {
	readonly bindings: KeyBindings;
	readonly commands: readonly CommandSpec[];
	readonly problems: readonly KeyProblem[];
}

const defaults = (command: CommandId): string =>
	COMMANDS.find(spec => spec.command === command)
		?.keys.map(keyName)
		.join(' ') ?? '';
const IDS: ReadonlySet<string> = new Set(COMMANDS.map(spec => spec.command));

/** One command's value: its keys, or the complaint. */
function commandKeys(command: CommandId, raw: unknown): {readonly keys: readonly string[]} | {readonly error: string} {
	const list = typeof raw === 'string' ? [raw] : Array.isArray(raw) && raw.every(item => typeof item === 'string') ? (raw as string[]) : null;
	if (!list) return {error: `expected a key ("x") or a list of keys (["x", "ctrl+x"]), not ${shown(raw)}`};
	if (command === 'followNumber') return {error: 'the digits 1-9 follow links and cannot be rebound'};
	if (list.length === 0 && WAYS_OUT.has(command)) return {error: `${command} needs a key: without one there would be no way out`};
	const keys: string[] = [];
	for (const written of list) {
		const found = keyOf(written);
		if ('error' in found) return found;
		if (!keys.includes(found.key)) keys.push(found.key);
	}
	return {keys};
}

/** Key names a row answers to on its screens: `digit` stands for 1 to 9. */
const answersTo = (spec: CommandSpec): readonly string[] => spec.keys.flatMap(key => (key === 'digit' ? ['1', '2', '3', '4', '5', '6', '7', '8', '9'] : [key]));

/**
 * The screens keys are checked on, every one the table names (a screen added later is checked too),
 * but the questions: there only Esc and Ctrl+C reach the table, by its defaults.
 */
const SCREENS: readonly ScreenKind[] = [...new Set(COMMANDS.flatMap(spec => spec.screens))].filter(
	screen => screen !== 'prompt' && screen !== 'confirm' && screen !== 'linkMenu' && screen !== 'search',
);

/** The first key two commands share on a screen, with every screen where both apply; one pass per screen. */
function clash(
	table: readonly CommandSpec[],
): {readonly key: string; readonly commands: readonly [CommandSpec, CommandSpec]; readonly screens: readonly ScreenKind[]} | null {
	for (const screen of SCREENS) {
		const owner = new Map<string, CommandSpec>();
		for (const spec of table) {
			if (!spec.screens.includes(screen)) continue;
			for (const key of answersTo(spec)) {
				const other = owner.get(key);
				if (other && other !== spec)
					return {key, commands: [other, spec], screens: SCREENS.filter(kind => other.screens.includes(kind) && spec.screens.includes(kind))};
				owner.set(key, spec);
			}
		}
	}
	return null;
}

/** Checks `[keys]` and builds the command table from what it accepts. */
export function checkKeys(raw: unknown): KeyCheck {
	if (raw === undefined) return {bindings: {}, commands: COMMANDS, problems: []};
	if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
		return {bindings: {}, commands: COMMANDS, problems: [{key: 'keys', message: `expected a table ([keys]), not ${shown(raw)}; every key keeps its default`}]};
	}
	const problems: KeyProblem[] = [];
	const bindings: Partial<Record<CommandId, readonly string[]>> = {};
	for (const [name, value] of Object.entries(raw)) {
		if (!IDS.has(name)) {
			problems.push({key: `keys.${name}`, message: `no such command (commands: ${[...IDS].join(', ')}); ignored`});
			continue;
		}
		const command = name as CommandId;
		const found = commandKeys(command, value);
		if ('error' in found) problems.push({key: `keys.${name}`, message: `${found.error}; using the default (${defaults(command)})`});
		// The defaults written out (as `newsterm config` prints them) change nothing.
		else if (found.keys.join('\n') !== COMMANDS.find(spec => spec.command === command)?.keys.join('\n')) bindings[command] = found.keys;
	}
	// A clash always involves a rebound command (the defaults have none): it goes back to its
	// defaults, and the table is checked again, until nothing clashes.
	for (let found = clash(bindCommands(bindings)); found; found = clash(bindCommands(bindings))) {
		const [a, b] = found.commands;
		for (const spec of [a, b]) {
			if (bindings[spec.command] === undefined) continue;
			const other = spec === a ? b : a;
			delete bindings[spec.command];
			problems.push({
				key: `keys.${spec.command}`,
				message: `"${keyName(found.key)}" is also ${other.command}'s key on ${found.screens.join(', ')}; using the default (${defaults(spec.command)})`,
			});
		}
	}
	return {bindings, commands: bindCommands(bindings), problems};
}
