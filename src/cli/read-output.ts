import {textWidth} from '../core/layout/index.js';
import {page, pagerCommand} from '../io/platform/index.js';
import type {Options} from './args/index.js';
import {writeOut} from './stdout.js';

/** Where `read` writes: enough of `process.stdout` and the environment to decide colour, width and paging. */
export interface ReadTarget {
	readonly isTTY: boolean;
	/** The terminal's columns, when it is one. */
	readonly columns: number | undefined;
	readonly env: NodeJS.ProcessEnv;
}

const set = (value: string | undefined): value is string => value !== undefined && value !== '';

/**
 * Whether `read` colours its text. `--color=always|never` decides; otherwise FORCE_COLOR (0 or false
 * turns colour off, any other value on), then NO_COLOR, then whether stdout is a terminal. FORCE_COLOR
 * comes before NO_COLOR as it does for Node itself.
 */
export function colorWanted(flag: Options['color'], target: ReadTarget): boolean {
	if (flag !== 'auto') return flag === 'always';
	const force = target.env['FORCE_COLOR'];
	if (set(force)) return force !== '0' && force !== 'false';
	if (set(target.env['NO_COLOR'])) return false;
	return target.isTTY;
}

/** A COLUMNS value worth believing: a plain count a text can be laid out in. */
const COLUMNS = /^[0-9]{1,4}$/;

/**
 * The width `read` lays out for: `--width`, else the reader's text width for the terminal's columns
 * (COLUMNS first, as `ls` does; about 80 on a wide terminal, prose past that is hard to follow), else
 * 80 in a pipe, as before.
 */
export function readWidth(flag: number | null, target: ReadTarget, max?: number): number {
	if (flag !== null) return flag;
	const fromEnv = target.env['COLUMNS'];
	const columns = fromEnv !== undefined && COLUMNS.test(fromEnv) && Number(fromEnv) >= 10 ? Number(fromEnv) : target.isTTY ? target.columns : undefined;
	// In a pipe there are no columns to fit: config.toml's text_width, else 80, as before.
	if (columns === undefined || columns === 0) return max || 80;
	return textWidth(columns, max);
}

/**
 * Shows `read`'s text: through the pager on a terminal unless `--no-pager` (or PAGER is empty or
 * cat), else straight to stdout; a pager that cannot start falls back to stdout.
 */
export async function showText(text: string, pager: boolean, target: ReadTarget): Promise<void> {
	const command = target.isTTY && pager ? pagerCommand(target.env['PAGER']) : null;
	if (command && (await page(`${text}\n`, command, target.env)) === 'shown') return;
	await writeOut(`${text}\n`);
}
