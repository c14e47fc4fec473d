import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {diffFrames, fullRepaint, screenLines} from '../../../src/core/terminal/frame-diff.js';
import {lineWidth, screenLine} from '../../../src/core/terminal/frame-lines.js';
import {createTerminal, renderLines, screenCells, writeTerminal} from '../../helpers/xterm.js';

const RUNS = 400;

// Short words repeat often, so frames share lines and the scroll finder meets ties and look-alikes.
const word = fc.constantFrom('a', 'bb', 'ccc', 'dddd', ' ', '  ', 'é', '中文', 'x-y', '|');
const style = fc.constantFrom('1', '3', '4', '7', '31', '42', '38;5;200', '48;2;10;20;30', '0');
// Closers may be missing: an unclosed style must still not bleed into other rows.
const close = fc.constantFrom('\x1b[0m', '\x1b[22m', '\x1b[27m', '\x1b[39m', '');
const segment = fc.oneof(
	{weight: 4, arbitrary: word},
	{weight: 2, arbitrary: fc.tuple(style, fc.array(word, {maxLength: 3}), close).map(([s, ws, c]) => `\x1b[${s}m${ws.join('')}${c}`)},
	{
		weight: 1,
		arbitrary: fc
			.tuple(fc.array(word, {minLength: 1, maxLength: 2}), fc.boolean())
			.map(([ws, closed]) => `\x1b]8;;https://e.org/${ws.length}\x1b\\${ws.join('')}${closed ? '\x1b]8;;\x1b\\' : ''}`),
	},
);
const line = fc.oneof({weight: 1, arbitrary: fc.constant('')}, {weight: 5, arbitrary: fc.array(segment, {maxLength: 12}).map(parts => parts.join(''))});

/** A next frame made from prev: a band shifted by k (either way), then a few rows replaced. */
const edit = fc.record({
	top: fc.nat(),
	span: fc.nat(),
	shift: fc.integer({min: -20, max: 20}),
	edits: fc.array(fc.tuple(fc.nat(), line), {maxLength: 4}),
	// In-row edits keep a row's start and change its tail, as a list cursor or a counter does,
	// so the partial-row patch (frame-patch.ts) is exercised, styles and wide characters included.
	tails: fc.array(fc.tuple(fc.nat(), fc.nat(), line), {maxLength: 3}),
});

// Half the frames draw from a pool of three lines, so repeated rows (blank runs, equal list items) are common.
const scenario = fc
	.record({cols: fc.integer({min: 8, max: 40}), rows: fc.integer({min: 2, max: 14}), pool: fc.option(fc.array(line, {minLength: 3, maxLength: 3}))})
	.chain(({cols, rows, pool}) => {
		const row = pool ? fc.oneof(fc.constantFrom(...pool), line) : line;
		return fc.record({
			cols: fc.constant(cols),
			rows: fc.constant(rows),
			prev: fc.array(row, {minLength: rows, maxLength: rows}),
			next: fc.oneof(
				fc.array(row, {minLength: rows, maxLength: rows}).map(lines => ({lines})),
				edit,
			),
		});
	});

type EditSpec = {
	readonly top: number;
	readonly span: number;
	readonly shift: number;
	readonly edits: readonly (readonly [number, string])[];
	readonly tails: readonly (readonly [number, number, string])[];
};

function nextFrame(prev: readonly string[], spec: {readonly lines: string[]} | EditSpec): string[] {
	if ('lines' in spec) return spec.lines;
	const rows = prev.length;
	const top = spec.top % rows;
	const bottom = top + (spec.span % (rows - top));
	const out = [...prev];
	for (let row = top; row <= bottom; row++) out[row] = prev[row + spec.shift] ?? `new ${row}`;
	for (const [row, text] of spec.edits) out[row % rows] = text;
	for (const [row, cut, text] of spec.tails) {
		const base = out[row % rows] ?? '';
		out[row % rows] = base.slice(0, cut % (base.length + 1)) + text;
	}
	return out;
}

describe('diffFrames on a real terminal model', () => {
	it('leaves exactly the screen a fresh render of the next frame shows', async () => {
		await fc.assert(
			fc.asyncProperty(scenario, async ({cols, rows, prev, next: spec}) => {
				const next = nextFrame(prev, spec);
				const size = {cols, rows};
				const term = createTerminal(cols, rows);
				await writeTerminal(term, fullRepaint(prev, size) + diffFrames(prev, next, size));
				const fresh = await renderLines(screenLines(next, size), cols, rows);
				expect(screenCells(term)).toEqual(screenCells(fresh));
				term.dispose();
				fresh.dispose();
			}),
			{numRuns: RUNS},
		);
	});

	it('never emits a line wider than the terminal, and keeps what fits', () => {
		fc.assert(
			fc.property(line, fc.integer({min: 1, max: 30}), (text, cols) => {
				const cut = screenLine(text, cols);
				expect(lineWidth(cut)).toBeLessThanOrEqual(cols);
				expect(lineWidth(cut)).toBeGreaterThanOrEqual(Math.min(cols, lineWidth(text)) - 1);
			}),
			{numRuns: 1000},
		);
	});
});
