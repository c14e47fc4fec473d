import {describe, expect, it} from 'vitest';
import {colorWanted, type ReadTarget, readWidth} from '../../src/cli/read-output.js';

const tty = (env: NodeJS.ProcessEnv = {}, columns = 120): ReadTarget => ({isTTY: true, columns, env});
const pipe = (env: NodeJS.ProcessEnv = {}): ReadTarget => ({isTTY: false, columns: undefined, env});

describe('colorWanted', () => {
	it.each([
		['a terminal', 'auto', tty(), true],
		['a pipe', 'auto', pipe(), false],
		['NO_COLOR on a terminal', 'auto', tty({NO_COLOR: '1'}), false],
		['an empty NO_COLOR counts as unset', 'auto', tty({NO_COLOR: ''}), true],
		['FORCE_COLOR into a pipe', 'auto', pipe({FORCE_COLOR: '1'}), true],
		['FORCE_COLOR=0 on a terminal', 'auto', tty({FORCE_COLOR: '0'}), false],
		['FORCE_COLOR=false', 'auto', tty({FORCE_COLOR: 'false'}), false],
		['FORCE_COLOR before NO_COLOR, as in Node', 'auto', pipe({FORCE_COLOR: '1', NO_COLOR: '1'}), true],
		['--color=always into a pipe with NO_COLOR', 'always', pipe({NO_COLOR: '1'}), true],
		['--color=never on a terminal with FORCE_COLOR', 'never', tty({FORCE_COLOR: '3'}), false],
	] as const)('%s', (_name, flag, target, expected) => {
		expect(colorWanted(flag, target)).toBe(expected);
	});
});

describe('readWidth', () => {
	it.each([
		['--width wins', 33, tty({COLUMNS: '50'}), 33],
		["a wide terminal: the reader's 80", null, tty({}, 200), 80],
		['a narrow terminal: a column of margin each side', null, tty({}, 40), 38],
		['COLUMNS over the terminal', null, tty({COLUMNS: '50'}), 48],
		['COLUMNS in a pipe', null, pipe({COLUMNS: '60'}), 58],
		['a pipe: 80 as before', null, pipe(), 80],
		['a COLUMNS that is no count is ignored', null, pipe({COLUMNS: '1e2'}), 80],
		['a tiny COLUMNS is ignored', null, tty({COLUMNS: '3'}, 70), 68],
	] as const)('%s', (_name, flag, target, expected) => {
		expect(readWidth(flag, target)).toBe(expected);
	});

	it.each([
		['caps a wide terminal', null, tty({}, 200), 120, 120],
		['0: the whole terminal', null, tty({}, 200), 0, 198],
		['a pipe: text_width', null, pipe(), 60, 60],
		['a pipe with 0: 80', null, pipe(), 0, 80],
		['--width still wins', 33, tty({}, 200), 120, 33],
	] as const)("config.toml's text_width %s", (_name, flag, target, max, expected) => {
		expect(readWidth(flag, target, max)).toBe(expected);
	});
});
