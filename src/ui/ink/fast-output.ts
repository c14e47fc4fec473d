/**
 * Stands in for Ink 6.8's `build/output.js` inside the bundle (see scripts/bundle-options.mjs).
 *
 * Ink's Output builds a width x height grid of cell objects on every frame, tokenizes every row's
 * ANSI text into styled characters and joins the grid back into strings; in a 100x30 screen of
 * headlines that is most of a key press (docs/performance.md#ink-output). Every operation Ink
 * writes lands on rows independently, so this version keeps Ink's algorithm but runs it per row:
 * first it places each write's lines on their rows exactly as Ink does (clips, slicing, transformers),
 * then a row whose writes are the same as in an earlier frame reuses that row's string. A `j` in a
 * list changes two rows; a scrolled article shifts rows it has already built.
 *
 * test/ui/ink/fast-output.test.ts holds it to Ink's own Output on generated operations.
 */
import {ansiCodesToString, diffAnsiCodes, styledCharsFromTokens, tokenize, type StyledChar} from '@alcalzone/ansi-tokenize';
import sliceAnsi from 'slice-ansi';
import {cachedCellWidth as lineWidth, isNarrow, memoize} from '../../core/text/index.js';
import widestLine from './widest-line.js';

type Transformer = (line: string, index: number) => string;
type Clip = {readonly x1?: number; readonly x2?: number; readonly y1?: number; readonly y2?: number};
type Operation =
	| {readonly type: 'write'; readonly x: number; readonly y: number; readonly text: string; readonly transformers: readonly Transformer[]}
	| {readonly type: 'clip'; readonly clip: Clip}
	| {readonly type: 'unclip'};

/** One line of a write, as placed on its row: start column and the transformed text. */
type Placed = {readonly x: number; readonly line: string};

// Clipping slices every row of a clipped box on every frame, mostly the same rows at the same columns.
const slice = memoize((key: string): string => {
	const [from = '0', to = '0'] = key.split(':', 2);
	return sliceAnsi(key.slice(from.length + to.length + 2), Number(from), Number(to));
}, 4096);

const styledChars = memoize((line: string): StyledChar[] => styledCharsFromTokens(tokenize(line)), 4096);

type Styles = StyledChar['styles'];

function sameStyles(a: Styles, b: Styles): boolean {
	if (a === b) return true;
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i]!.code !== b[i]!.code) return false;
	return true;
}

/**
 * ansi-tokenize's styledCharsToString, which Ink's Output uses, without diffing neighbours whose
 * styles are the same: that diff is always empty, and building it (three Sets per cell) was most of
 * drawing a first frame, when no row is memoised yet.
 */
function cellsToString(chars: readonly StyledChar[]): string {
	let out = '';
	let previous: Styles | undefined;
	for (const char of chars) {
		if (previous === undefined) out += ansiCodesToString(char.styles);
		else if (!sameStyles(previous, char.styles)) out += ansiCodesToString(diffAnsiCodes(previous, char.styles));
		out += char.value;
		previous = char.styles;
	}
	if (previous !== undefined) out += ansiCodesToString(diffAnsiCodes(previous, []));
	return out;
}

/** Draws one row from its writes, in order, as Ink's Output.get draws it into the grid. */
function drawRow(width: number, placed: readonly Placed[]): string {
	// One unstyled narrow line (most article rows): every character is one plain cell, so the grid
	// would hand back the same characters after `x` spaces.
	const only = placed.length === 1 ? placed[0] : undefined;
	if (only && only.x >= 0 && only.x <= width && isNarrow(only.line)) return (' '.repeat(only.x) + only.line).trimEnd();
	const row: (StyledChar | undefined)[] = [];
	for (let x = 0; x < width; x++) row.push({type: 'char', value: ' ', fullWidth: false, styles: []});
	for (const {x, line} of placed) {
		let offsetX = x;
		for (const character of styledChars(line)) {
			row[offsetX] = character;
			const characterWidth = Math.max(1, lineWidth(character.value));
			// A wide character owns the following cells; Ink blanks them the same way.
			for (let index = 1; index < characterWidth; index++) {
				row[offsetX + index] = {type: 'char', value: '', fullWidth: false, styles: character.styles};
			}
			offsetX += characterWidth;
		}
	}
	return cellsToString(row.filter((cell): cell is StyledChar => cell !== undefined)).trimEnd();
}

// Keyed by the width and every placed write, length-prefixed so that no two row contents share a key.
const rowKey = (width: number, placed: readonly Placed[]): string => {
	let key = String(width);
	for (const {x, line} of placed) key += `|${x}:${line.length}:${line}`;
	return key;
};

const rowCache = new Map<string, string>();
const ROW_CACHE_LIMIT = 2048;

/** Ink's Output interface: operations recorded during the tree walk, turned into a frame by get(). */
export default class Output {
	readonly width: number;
	readonly height: number;
	private readonly operations: Operation[] = [];

	constructor({width, height}: {readonly width: number; readonly height: number}) {
		this.width = width;
		this.height = height;
	}

	write(x: number, y: number, text: string, {transformers}: {readonly transformers: readonly Transformer[]}): void {
		if (!text) return;
		this.operations.push({type: 'write', x, y, text, transformers});
	}

	clip(clip: Clip): void {
		this.operations.push({type: 'clip', clip});
	}

	unclip(): void {
		this.operations.push({type: 'unclip'});
	}

	get(): {output: string; height: number} {
		const rows: Placed[][] = Array.from({length: this.height}, () => []);
		const clips: Clip[] = [];
		for (const operation of this.operations) {
			if (operation.type === 'clip') clips.push(operation.clip);
			else if (operation.type === 'unclip') clips.pop();
			else this.place(operation, clips.at(-1), rows);
		}
		const lines = rows.map(placed => {
			const key = rowKey(this.width, placed);
			let line = rowCache.get(key);
			if (line === undefined) {
				line = drawRow(this.width, placed);
				if (rowCache.size >= ROW_CACHE_LIMIT) rowCache.clear();
				rowCache.set(key, line);
			}
			return line;
		});
		return {output: lines.join('\n'), height: rows.length};
	}

	/** Ink's clipping and placement of one write, line by line, onto `rows`. */
	private place(operation: Extract<Operation, {type: 'write'}>, clip: Clip | undefined, rows: Placed[][]): void {
		const {text, transformers} = operation;
		let {x, y} = operation;
		let lines = text.split('\n');
		if (clip) {
			const clipHorizontally = typeof clip.x1 === 'number' && typeof clip.x2 === 'number';
			const clipVertically = typeof clip.y1 === 'number' && typeof clip.y2 === 'number';
			if (clipHorizontally && (x + widestLine(text) < clip.x1! || x > clip.x2!)) return;
			if (clipVertically && (y + lines.length < clip.y1! || y > clip.y2!)) return;
			if (clipHorizontally) {
				const {x1, x2} = clip as Required<Clip>;
				lines = lines.map(line => {
					const from = x < x1 ? x1 - x : 0;
					const width = lineWidth(line);
					// Slicing a line without escapes that lies inside the clip gives the line back.
					if (from === 0 && x + width <= x2 && !line.includes('\x1b')) return line;
					return slice(`${from}:${x + width > x2 ? x2 - x : width}:${line}`);
				});
				if (x < x1) x = x1;
			}
			if (clipVertically) {
				const {y1, y2} = clip as Required<Clip>;
				const from = y < y1 ? y1 - y : 0;
				lines = lines.slice(from, y + lines.length > y2 ? y2 - y : lines.length);
				if (y < y1) y = y1;
			}
		}
		let offsetY = 0;
		for (let [index, line] of lines.entries()) {
			const row = rows[y + offsetY];
			// As in Ink, a line off the grid is skipped without moving on a row.
			if (!row) continue;
			for (const transformer of transformers) line = transformer(line, index);
			row.push({x, line});
			offsetY++;
		}
	}
}
