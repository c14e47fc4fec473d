/**
 * The checks of config.toml's plain settings: each gives the value to use, or says what it expected
 * and that the default is used instead.
 */
import {DATE_TOKENS, unknownDateTokens} from '../article/index.js';
import type {Background} from './types.js';

/** A setting's value, or why the file's value is not used. */
export type Checked<T> = {readonly ok: true; readonly value: T} | {readonly ok: false; readonly expected: string; readonly note?: string};

/** How a TOML value is named in a message: strings quoted, tables and arrays by kind. */
export function shown(raw: unknown): string {
	if (typeof raw === 'string') return JSON.stringify(raw);
	if (Array.isArray(raw)) return 'an array';
	if (raw !== null && typeof raw === 'object') return raw instanceof Date ? 'a date' : 'a table';
	return String(raw);
}

const ok = <T>(value: T): Checked<T> => ({ok: true, value});
const bad = (expected: string, note?: string): Checked<never> => ({ok: false, expected, ...(note ? {note} : {})});

/** `dark` or `light`. */
export function checkBackground(raw: unknown): Checked<Background> {
	return raw === 'dark' || raw === 'light' ? ok(raw) : bad('"dark" or "light"');
}

/** The colour names Ink and chalk know, by their lower-case spelling. */
const COLOURS = new Map(
	['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white', 'gray', 'grey']
		.flatMap(name => [name, `${name}Bright`])
		.filter(name => name !== 'grayBright' && name !== 'greyBright')
		.map(name => [name.toLowerCase(), name]),
);

/** A named colour (`magenta`, `blueBright`) or `#rrggbb`, as Ink's `color` takes it. */
export function checkColour(raw: unknown): Checked<string> {
	if (typeof raw === 'string' && /^#[0-9a-f]{6}$/i.test(raw)) return ok(raw.toLowerCase());
	const named = typeof raw === 'string' ? COLOURS.get(raw.toLowerCase().replace(/[-_ ]/g, '')) : undefined;
	return named ? ok(named) : bad('a colour name (red, green, yellow, blue, magenta, cyan, white, gray, or e.g. blueBright) or #rrggbb');
}

/** The longest pattern: a list's date column is at most 16 cells, a header's a little more. */
const MAX_PATTERN = 32;

/** `default`, `relative`, `iso`, or a pattern of known `%` tokens. */
export function checkDateFormat(raw: unknown): Checked<string> {
	const expected = `"default", "relative", "iso" or a pattern of ${DATE_TOKENS.join(' ')} (e.g. "%d %b %Y")`;
	if (typeof raw !== 'string') return bad(expected);
	if (raw === 'default' || raw === 'relative' || raw === 'iso') return ok(raw);
	if (!raw.includes('%') || raw.length > MAX_PATTERN) return bad(expected);
	// Control characters would reach the terminal in every list row.
	if (/\p{Cc}/u.test(raw)) return bad(expected, 'control characters are not allowed');
	const unknown = unknownDateTokens(raw);
	return unknown.length === 0 ? ok(raw) : bad(expected, `${unknown.join(' ')} is not a token`);
}

/** A whole number in `[min, max]`, or one of `also`. */
export function checkWhole(raw: unknown, min: number, max: number, also: readonly number[] = []): Checked<number> {
	if (typeof raw === 'number' && Number.isInteger(raw) && ((raw >= min && raw <= max) || also.includes(raw))) return ok(raw);
	const extra = also.length > 0 ? `, or ${also.join(', ')}` : '';
	return bad(`a whole number from ${min} to ${max}${extra}`);
}

/**
 * An absolute folder, `~` and `~/…` taken from `home`. A relative path would depend on where
 * newsterm was started, so it is refused rather than guessed.
 */
export function checkFolder(raw: unknown, home: string): Checked<string> {
	const expected = 'an absolute folder, or one under ~/';
	if (typeof raw !== 'string' || raw.trim() === '' || /\p{Cc}/u.test(raw)) return bad(expected);
	const path = raw === '~' ? home : raw.startsWith('~/') ? `${home.replace(/\/+$/, '')}/${raw.slice(2)}` : raw;
	return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) ? ok(path) : bad(expected);
}
