/**
 * The Sections screen as Ink draws it, without Ink or React: the same rows, styled the way Ink's
 * `<Text>` styles them and turned into a frame by the same Output Ink uses (ui/ink). The reader paints
 * this before Ink is loaded, and Ink's first frame then diffs to nothing
 * (docs/performance.md#paint-first). test/ui/paint/sections-frame.test.ts holds it to the App's frame.
 */
import chalk from 'chalk';
import {type SectionSummary, UNREAD_LIST} from '../../core/library/index.js';
import {sectionRowText, unreadRowText} from '../../core/layout/index.js';
import type {FooterHint, ListPosition} from '../../core/reader/index.js';
import {headerLine} from '../../core/reader/index.js';
import {cellWidth} from '../../core/text/index.js';
import {InkOutput} from '../ink/index.js';

/** The `<Text>` props the Sections screen's roles set (ui/theme: header, cursor, key, hint): no colours. */
interface TextStyle {
	readonly bold?: boolean;
	readonly dimColor?: boolean;
	readonly inverse?: boolean;
}

// ui/theme's ROLES for the four roles drawn here. Copied, not imported: the theme's module loads
// React. The frame test compares with the App, so a change there fails here.
const HEADER: TextStyle = {inverse: true, bold: true};
const CURSOR: TextStyle = {inverse: true};
const KEY: TextStyle = {bold: true};
const HINT: TextStyle = {dimColor: true};

/** What Ink's `<Text>` transform does with these props, in its order (dim, colour, bold, inverse). */
function styled(text: string, style: TextStyle): string {
	let out = text;
	if (style.dimColor) out = chalk.dim(out);
	if (style.bold) out = chalk.bold(out);
	if (style.inverse) out = chalk.inverse(out);
	return out;
}

/** What the Sections screen shows: everything the App would compute for its first frame. */
export interface SectionsFrame {
	readonly columns: number;
	readonly rows: number;
	/** The header's two halves (core/reader headerText, with the App's scan and save notes). */
	readonly location: string;
	readonly position: string;
	readonly summaries: readonly SectionSummary[];
	/** The Unread row's count, drawn first as the screen draws it; null when nothing is unread. */
	readonly unreadRow: number | null;
	readonly pos: ListPosition;
	/** Rows between the header and the footer. */
	readonly bodyHeight: number;
	readonly hints: readonly FooterHint[];
}

/**
 * The frame Ink would write for `frame`, or null where a row would not fit its width (Ink would
 * truncate it, which this does not copy): the caller then leaves the first frame to Ink.
 */
export function sectionsFrame(frame: SectionsFrame): string | null {
	const {columns, rows} = frame;
	const lines: string[] = [styled(headerLine(frame.location, frame.position, columns), HEADER)];
	const plain: string[] = [headerLine(frame.location, frame.position, columns)];
	const unread = frame.unreadRow;
	const rowsOf = unread === null ? frame.summaries : [{name: UNREAD_LIST, unread, total: unread}, ...frame.summaries];
	const visible = rowsOf.slice(frame.pos.offset, frame.pos.offset + frame.bodyHeight);
	visible.forEach((summary, i) => {
		const selected = frame.pos.offset + i === frame.pos.cursor;
		const row = summary.name === UNREAD_LIST ? unreadRowText(summary.unread, columns) : sectionRowText(summary.name, summary.unread, summary.total, columns);
		const text = `${selected ? '›' : ' '}${row}`;
		plain.push(text);
		lines.push(styled(text, {...(selected ? CURSOR : {}), bold: summary.unread > 0}));
	});
	while (lines.length < 1 + frame.bodyHeight) {
		lines.push('');
		plain.push('');
	}
	plain.push(` ${frame.hints.map(({key, label}) => `${key} ${label}  `).join('')}`);
	lines.push(` ${frame.hints.map(({key, label}) => styled(key, KEY) + styled(` ${label}  `, HINT)).join('')}`);
	if (lines.length !== rows || plain.some(line => cellWidth(line) > columns)) return null;
	const output = new InkOutput({width: columns, height: rows});
	for (const [y, line] of lines.entries()) output.write(0, y, line, {transformers: []});
	return output.get().output;
}
