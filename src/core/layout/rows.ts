/**
 * List rows fitted to a width, each part with a priority: what tells rows apart (a section's name, a
 * headline's title) keeps its room; what only adds to it (counts, dates) takes a shorter form first,
 * then goes.
 */
import {type DateFormat, listDate, listDateWidth, type LocalDateTime} from '../article/index.js';
import {cellWidth, fit, truncate} from '../text/index.js';

/** A section row's counts, longest first: `3 of 4 unread`, `3/4`, `3`; `all 4 read`, `0/4`, `0`. */
function countForms(unread: number, total: number): readonly string[] {
	// A feed that has never been fetched lists under its name with nothing in it yet.
	if (total === 0) return ['no items', '0'];
	return unread === 0 ? [`all ${total} read`, `0/${total}`, '0'] : [`${unread} of ${total} unread`, `${unread}/${total}`, String(unread)];
}

/**
 * The text of a section row after its one-cell cursor: ` Name` on the left, the counts and a space on
 * the right, `width - 1` cells in all. The counts take the longest form that leaves the whole name
 * room; when none does, the shortest, and the name is cut.
 */
export function sectionRowText(name: string, unread: number, total: number, width: number): string {
	return countedRow(name, countForms(unread, total), width);
}

/** The Unread row at the top of Sections, as a section row: `Unread`, then `24 unread`, or `24` when narrow. */
export function unreadRowText(unread: number, width: number): string {
	return countedRow('Unread', [`${unread} unread`, String(unread)], width);
}

function countedRow(name: string, forms: readonly string[], width: number): string {
	const room = Math.max(0, width - 1);
	const left = ` ${name}`;
	const count = forms.find(form => cellWidth(left) + 1 + cellWidth(form) + 1 <= room) ?? forms.at(-1) ?? '';
	const right = `${count} `;
	if (cellWidth(right) >= room) return fit(right, room);
	return `${fit(left, room - cellWidth(right) - 1)} ${right}`;
}

/** Below this many cells for the title a narrow row drops its date: the title tells rows apart. */
const MIN_TITLE = 16;

/** The date column for a width: `2016-09-04` from 60 columns, `   4 Sep` or `Sep 2016` below (or as `dates` asks), a dash when unknown. */
function dateColumn(updated: LocalDateTime | null, width: number, now: number, dates: DateFormat): string {
	if (updated) return listDate(updated, dates, width >= 60, now);
	const size = listDateWidth(dates, width >= 60);
	return `${' '.repeat((size - 1) >> 1)}—`.padEnd(size);
}

/**
 * The text of a headline row after its three cells of cursor and marks: ` date  title suffix`,
 * exactly `width - 3` cells; `now` decides which dates need their year. The title gives way before the suffix ("text missing" must survive a
 * narrow pane), and the date goes before the title would have fewer than MIN_TITLE cells.
 */
export function headlineRowText(
	title: string,
	updated: LocalDateTime | null,
	suffix: string,
	width: number,
	now: number,
	dates: DateFormat = 'default',
): string {
	const room = Math.max(0, width - 3);
	const dated = ` ${dateColumn(updated, width, now, dates)}  `;
	const lead = room - cellWidth(dated) - cellWidth(suffix) >= MIN_TITLE ? dated : ' ';
	return fit(`${lead}${truncate(title, Math.max(4, room - cellWidth(lead) - cellWidth(suffix)))}${suffix}`, room);
}
