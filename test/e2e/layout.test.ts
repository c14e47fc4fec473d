import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {formatShortDate} from '../../src/core/article/dates.js';
import {runBin} from '../helpers/bin.js';
import type {PtyProcess} from '../helpers/pty.js';
import {press, useApp} from './app-pty.js';
import {drawsPastLastRow, overflowingRows} from './screen-checks.js';

const {start} = useApp();

const SECTIONS = ['Business', 'Culture', 'Science', 'Sport', 'Technology', 'World'];
const ARTICLE = 'business/essland-central-bank-holds-rates';

interface ListEntry {
	readonly id: string;
	readonly title: string;
	readonly section: string;
	readonly updated: string;
}

const entries = (): ListEntry[] => JSON.parse(runBin(['list', '--json']).stdout) as ListEntry[];

/** The article as `newsterm read` lays it out at one text width: the reference for the screen. */
const readLines = (width: number): string[] =>
	runBin(['read', ARTICLE, '--width', String(width)])
		.stdout.replace(/\n$/, '')
		.split('\n');

/** The screen's rows without trailing blanks: styled padding (an inverse header) counts as text to xterm. */
const trimmed = (p: PtyProcess): string[] => p.screen().map(row => row.trimEnd());

/** What every screen must be: rows that fit, header on top, the footer's two fixed hints at the bottom. */
function expectFrame(p: PtyProcess, rows: number, header: RegExp): void {
	const screen = trimmed(p);
	expect(screen).toHaveLength(rows);
	expect(overflowingRows(p)).toEqual([]);
	expect(screen[0]).toMatch(header);
	expect(screen[rows - 1]).toContain('? help');
	// q quits from the top screen and goes back from any other, and its hint says which.
	expect(screen[rows - 1]).toMatch(header.source.startsWith('^ newsterm › Sections') ? /q quit$/ : /q back$/);
	expect(drawsPastLastRow(p.rawSince(0), rows)).toEqual([]);
}

describe.each([
	{cols: 80, rows: 24},
	{cols: 40, rows: 15},
])('the bundled articles at $cols x $rows', ({cols, rows}) => {
	const textWidth = cols - 2;

	it('shows the sections with counts, a headline list, and a wrapped article with its links', async () => {
		const {p} = await start({cols, rows, ready: screen => /\d+ of \d+ unread/.test(screen.join('\n'))});
		// Sections: the Unread row on top with every unread article, then every section, in order, with
		// its unread count; the first section selected.
		expectFrame(p, rows, /^ newsterm › Sections +2\/7$/);
		const screen = trimmed(p);
		expect(screen[1]).toMatch(/^ {2}Unread +24 unread$/);
		for (const [i, section] of SECTIONS.entries()) expect(screen[i + 2]).toMatch(new RegExp(`^[ ›] ${section} +4 of 4 unread$`));
		expect(screen[2]?.startsWith('›')).toBe(true);
		expect(screen.slice(SECTIONS.length + 2, rows - 1).every(row => row === '')).toBe(true);

		// Headlines: Business newest first, each with its date and title (cut with … when narrow).
		await press(p, '\r', /Business +1\/4/);
		expectFrame(p, rows, /^ newsterm › Business +1\/4$/);
		const business = entries().filter(entry => entry.section === 'Business');
		expect(business).toHaveLength(4);
		business.forEach((entry, i) => {
			const row = trimmed(p)[i + 1] ?? '';
			// ISO at 80 columns; below 60, day and month name or month and year (`16-09-04` read as either order).
			const match = /^[ ›][ ●★]{1,2} +(\d{4}-\d{2}-\d{2}|\d{1,2} [A-Z][a-z]{2}|[A-Z][a-z]{2} \d{4}) {2}(.+)$/.exec(row);
			expect(match, row).not.toBeNull();
			expect(match?.[1]).toBe(cols >= 60 ? entry.updated.slice(0, 10) : formatShortDate(entry.updated, Date.now()).trim());
			const shown = match?.[2] ?? '';
			if (shown.endsWith('…')) expect(entry.title.startsWith(shown.slice(0, -1))).toBe(true);
			else expect(shown).toBe(entry.title);
		});

		// The article: exactly the lines `read` lays out at this width, one column in, under a header with a position.
		await press(p, '\r', /Essland central bank holds rates/);
		expectFrame(p, rows, /^ Business › Essland central bank .* \d{1,2}%$/);
		const lines = readLines(textWidth);
		const body = rows - 2;
		expect(trimmed(p).slice(1, rows - 1)).toEqual(lines.slice(0, body).map(line => (line === '' ? '' : ` ${line}`)));
		const top = trimmed(p).slice(1, 6).join(' ').replace(/ +/g, ' ');
		expect(top).toMatch(/Business · \d{4}-\d{2}-\d{2} \d{2}:\d{2} · \d+ (?:minute|hour|day|week|month|year)s? ago/);
		for (const row of trimmed(p).slice(1, rows - 1)) {
			expect(row === '' || row.startsWith(' '), row).toBe(true);
			expect(stringWidth(row.slice(1)), row).toBeLessThanOrEqual(textWidth);
		}

		// The foot of the article: the numbered links, and the position at 100%.
		await press(p, 'G', /100% *$/m);
		expectFrame(p, rows, /^ Business › Essland central bank .* 100%$/);
		expect(trimmed(p).slice(1, rows - 1)).toEqual(lines.slice(-body).map(line => (line === '' ? '' : ` ${line}`)));
		expect(p.screenText()).toMatch(/^ \[\d\] \S/m);
	});
});

describe('the article at 40 columns', () => {
	it('wraps at 38 columns of text or fewer, and uses the width', async () => {
		const lines = runBin(['read', ARTICLE, '--width', '38']).stdout.split('\n');
		const widths = lines.map(line => stringWidth(line));
		expect(Math.max(...widths)).toBeLessThanOrEqual(38);
		// A greedy wrap at 38 leaves some line longer than 34: a much narrower wrap would be a bug too.
		expect(Math.max(...widths)).toBeGreaterThan(34);
	});
});
