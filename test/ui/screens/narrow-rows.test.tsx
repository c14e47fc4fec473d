/**
 * Rows at 20, 40 and 80 columns: what tells rows apart (a section's name, a headline's title, where
 * the user is) keeps its room, and what only adds to it (counts, dates, the brand) shortens or goes
 * first. The article goldens (test/fixtures/golden) cover article layout; these cover the lists.
 */
import {render} from 'ink-testing-library';
import type {ReactElement} from 'react';
import {describe, expect, it} from 'vitest';
import {cellWidth} from '../../../src/core/text/index.js';
import {Header} from '../../../src/ui/components/header.js';
import {HeadlineRow} from '../../../src/ui/screens/headline-row.js';
import {SectionsScreen} from '../../../src/ui/screens/sections.js';

/** The one line an element draws (Ink drops trailing spaces; the rows' widths are checked in core). */
function line(element: ReactElement): string {
	const {lastFrame, unmount} = render(element);
	const text = lastFrame() ?? '';
	unmount();
	return text;
}

const section = (name: string, unread: number, total: number, width: number): string =>
	line(<SectionsScreen summaries={[{name, unread, total}]} pos={{cursor: 0, offset: 0}} height={1} width={width} />);

const NOW = new Date(2016, 11, 1, 12).getTime();
const TITLE = 'Essland central bank holds rates at 3.25% for a fourth month';
const headline = (updated: string | null, width: number, suffix = ''): string =>
	line(<HeadlineRow title={TITLE} updated={updated} unread bookmarked={false} selected suffix={suffix} width={width} now={NOW} />);

describe('a section row keeps its name and shortens its counts', () => {
	it.each([
		[20, 'Business', 3, 4, '› Business      3/4 '],
		[20, 'Technology', 0, 12, '› Technology   0/12 '],
		[20, 'International', 12, 40, '› International  12 '],
		[20, 'Entertainment news', 3, 4, '› Entertainment … 3 '],
		[40, 'Business', 3, 4, '› Business                3 of 4 unread '],
		[40, 'Technology', 0, 12, '› Technology                all 12 read '],
		[80, 'Business', 3, 4, `› Business${' '.repeat(56)}3 of 4 unread `],
	])('%i columns: %s, %i of %i unread', (width, name, unread, total, expected) => {
		const row = section(name, unread, total, width);
		expect(row).toBe(expected.trimEnd());
		expect(cellWidth(row)).toBeLessThanOrEqual(width);
	});
});

describe('a headline row keeps its title and gives its date an unambiguous short form, or none', () => {
	it.each([
		[20, '2016-09-04T13:32', '', '›●  Essland central…'],
		[40, '2016-09-04T13:32', '', '›●     4 Sep  Essland central bank hold…'],
		[40, '2016-12-25T08:00', '', '›●    25 Dec  Essland central bank hold…'],
		[40, '2015-03-11T09:00', '', '›●  Mar 2015  Essland central bank hold…'],
		[40, null, '', '›●     —      Essland central bank hold…'],
		[40, '2016-09-04T13:32', ' · Business', '›●  Essland central bank hol… · Business'],
		[80, '2016-09-04T13:32', '', `›●  2016-09-04  ${TITLE}    `],
	])('%i columns, updated %s%s', (width, updated, suffix, expected) => {
		const row = headline(updated, width, suffix);
		expect(row).toBe(expected.trimEnd());
		expect(cellWidth(row)).toBeLessThanOrEqual(width);
	});
});

describe('the header keeps the position and the section, and lets the brand go first', () => {
	it.each([
		[20, 'newsterm › Business', '3/21', ' Business      3/21 '],
		[20, 'newsterm › Sections', '1/4', ' Sections       1/4 '],
		[40, 'newsterm › Business', '3/21', ` newsterm › Business${' '.repeat(15)}3/21 `],
		[40, 'newsterm › International affairs', '12/140', ' International affairs           12/140 '],
		[40, 'Business › Essland central bank holds rates', '37%', ' Business › Essland central bank h… 37% '],
		[80, 'newsterm › Business', '3/21', ` newsterm › Business${' '.repeat(55)}3/21 `],
	])('%i columns: %s, %s', (width, location, position, expected) => {
		const row = line(<Header location={location} position={position} width={width} />);
		expect(row).toBe(expected.trimEnd());
		expect(cellWidth(row)).toBeLessThanOrEqual(width);
	});
});
