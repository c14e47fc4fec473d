/**
 * What the footer says when it carries a message rather than key hints. A message may name a file
 * (the damaged config's backup), the one fact the user needs, so it wraps onto more rows instead of
 * being cut at the width.
 */
import {plural, sanitizeText, truncate, wrapText} from '../text/index.js';

/**
 * A message's rows for the footer: each starts with one space, fits `width` cells, and there are at
 * most `maxRows` of them (the last ends in `…` when more was cut). The text is sanitized: a store's
 * damage reason can quote the damaged file.
 */
export function noticeRows(text: string, width: number, maxRows: number): string[] {
	const room = Math.max(1, width - 1);
	const lines = wrapText(sanitizeText(text), room);
	if (lines.length === 0) return [' '];
	const rows = Math.max(1, maxRows);
	const shown = lines.slice(0, rows);
	if (lines.length > rows) shown[rows - 1] = truncate(`${shown[rows - 1]} ${lines[rows]}`, room);
	return shown.map(line => ` ${line}`);
}

/** The notice for files the scan skipped, in the footer and again on stderr after the reader. */
export function skippedNotice(count: number): string {
	return `${plural(count, 'file')} skipped (newsterm check lists them)`;
}
