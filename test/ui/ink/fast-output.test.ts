/*
 * The bundle draws with src/ui/ink/fast-output.ts instead of Ink's own Output (scripts/bundle-options.mjs).
 * It must draw exactly what Ink would: these properties feed both the same generated operations
 * (styled, wide and combining text, clips inside clips, transformers, writes off the grid) and
 * compare the frames, many frames in a row so that the stand-in's cross-frame caches are exercised.
 */
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import FastOutput from '../../../src/ui/ink/fast-output.js';
import widestLine from '../../../src/ui/ink/widest-line.js';
import {bundleOptions} from '../../../scripts/bundle-options.mjs';

type Transformer = (line: string, index: number) => string;
type OutputLike = {
	write(x: number, y: number, text: string, options: {transformers: Transformer[]}): void;
	clip(clip: {x1?: number; x2?: number; y1?: number; y2?: number}): void;
	unclip(): void;
	get(): {output: string; height: number};
};
type OutputClass = new (size: {width: number; height: number}) => OutputLike;

// Ink's exports do not include its Output; the test reaches it by path, as the bundler plugin does.
const inkOutputUrl = new URL('../../../node_modules/ink/build/output.js', import.meta.url);
const InkOutput = ((await import(inkOutputUrl.href)) as {default: OutputClass}).default;
const inkWidestLine = ((await import('widest-line')) as {default: (text: string) => number}).default;

const SGR = ['\x1b[1m', '\x1b[22m', '\x1b[31m', '\x1b[39m', '\x1b[7m', '\x1b[27m', '\x1b[38;5;208m', '\x1b[44m', '\x1b[49m', '\x1b[0m'];
const PIECES = ['a', 'Zz', ' ', '  ', 'word', '●', '★', '›', '—', '漢字', '😀', 'e\u0301', '\u00a0', '“q”', 'ﾃ'];

const line = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom(...SGR)), {maxLength: 12}).map(parts => parts.join(''));
const text = fc.array(line, {minLength: 1, maxLength: 4}).map(lines => lines.join('\n'));
const TRANSFORMERS: Record<string, Transformer> = {
	upper: value => value.toUpperCase(),
	numbered: (value, index) => `${index}>${value}`,
	styled: value => `\x1b[4m${value}\x1b[24m`,
};
const coordinate = (size: number) => fc.integer({min: -3, max: size + 3});
const maybe = (size: number) => fc.option(coordinate(size), {nil: undefined});

type Op =
	| {kind: 'write'; x: number; y: number; text: string; transformers: string[]}
	| {kind: 'clip'; x1?: number; x2?: number; y1?: number; y2?: number}
	| {kind: 'unclip'};

const operation = (width: number, height: number): fc.Arbitrary<Op> =>
	fc.oneof(
		{
			weight: 6,
			arbitrary: fc.record({
				kind: fc.constant('write' as const),
				x: coordinate(width),
				y: coordinate(height),
				text,
				transformers: fc.subarray(Object.keys(TRANSFORMERS)),
			}),
		},
		{weight: 1, arbitrary: fc.record({kind: fc.constant('clip' as const), x1: maybe(width), x2: maybe(width), y1: maybe(height), y2: maybe(height)})},
		{weight: 1, arbitrary: fc.constant({kind: 'unclip' as const})},
	);

const frame = fc
	.integer({min: 1, max: 30})
	.chain(width =>
		fc
			.integer({min: 1, max: 8})
			.chain(height => fc.record({width: fc.constant(width), height: fc.constant(height), ops: fc.array(operation(width, height), {maxLength: 14})})),
	);

function draw(Output: OutputClass, {width, height, ops}: {width: number; height: number; ops: Op[]}) {
	const output = new Output({width, height});
	for (const op of ops) {
		if (op.kind === 'write') output.write(op.x, op.y, op.text, {transformers: op.transformers.map(name => TRANSFORMERS[name]!)});
		else if (op.kind === 'clip') output.clip({x1: op.x1, x2: op.x2, y1: op.y1, y2: op.y2});
		else output.unclip();
	}
	return output.get();
}

describe('fast-output: the stand-in for Ink 6.8 Output', () => {
	it('draws the same frame as Ink for generated operations, frame after frame', () => {
		fc.assert(
			fc.property(fc.array(frame, {minLength: 1, maxLength: 4}), frames => {
				for (const f of frames) expect(draw(FastOutput as unknown as OutputClass, f)).toEqual(draw(InkOutput, f));
			}),
			{numRuns: 1500},
		);
	});

	it('draws a repeated row from its cache and still follows a change in it', () => {
		const headline = (mark: string) => ({
			width: 20,
			height: 3,
			ops: [{kind: 'write' as const, x: 0, y: 1, text: `${mark}\x1b[1mTitle\x1b[22m ★`, transformers: []}],
		});
		for (const mark of ['›', ' ', '›', '●']) expect(draw(FastOutput as unknown as OutputClass, headline(mark))).toEqual(draw(InkOutput, headline(mark)));
		expect(draw(FastOutput as unknown as OutputClass, headline('›')).output).toBe('\n›\x1b[1mTitle\x1b[22m ★\n');
	});

	it('measures the widest line as widest-line does', () => {
		fc.assert(
			fc.property(text, value => {
				expect(widestLine(value)).toBe(inkWidestLine(value));
			}),
			{numRuns: 500},
		);
	});

	it('is what the bundle draws with: Ink’s output.js and widest-line are replaced in the build', async () => {
		// The reader's module is where the program loads Ink (io/terminal is handed its render).
		const entry = fileURLToPath(new URL('../../../src/cli/reader.tsx', import.meta.url));
		const result = await build({...bundleOptions(entry, 'out.js'), write: false, metafile: true});
		const inputs = Object.keys(result.metafile!.inputs);
		expect(inputs).toContain('src/ui/ink/fast-output.ts');
		expect(inputs).toContain('src/ui/ink/widest-line.ts');
		expect(inputs.filter(path => /node_modules\/(ink\/build\/output|widest-line\/)/.test(path))).toEqual([]);
		// Ink's other modules are still Ink's own.
		// (A worktree whose node_modules is a link sees it as ../main/node_modules/...)
		expect(inputs.filter(path => path.endsWith('node_modules/ink/build/renderer.js'))).toHaveLength(1);
	});
});
