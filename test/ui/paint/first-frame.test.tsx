/**
 * The first frame painted without Ink (ui/paint) against the App's own first frame, rendered by Ink
 * into the frame writer the paint went through, as the reader does after a direct paint
 * (docs/performance.md#paint-first): the frames are the same, and Ink's first frame sends nothing.
 */
import chalk from 'chalk';
import {render} from 'ink';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {type ArticleSource, type ScanSession, startScan} from '../../../src/core/library/index.js';
import {createFrameWriter} from '../../../src/io/terminal/frame-writer.js';
import {App} from '../../../src/ui/app/app.js';
import {firstFrame} from '../../../src/ui/paint/index.js';
import {createMemorySource} from '../../doubles/memory-source.js';
import {createMemoryStore} from '../../doubles/memory-store.js';
import {FakeKeys, FakeTerminal, until} from '../../helpers/fake-tty.js';
import {bundledEntries} from '../../helpers/ink.js';

/** A source that lists the bundled articles and then never finishes: the header says `reading… N`. */
function stillReading(): ArticleSource {
	const source = createMemorySource(bundledEntries());
	return {
		...source,
		scan: async onBatch => {
			const done = await source.scan();
			onBatch?.(done.articles);
			return new Promise(() => undefined);
		},
	};
}

/**
 * Paints the first frame of `source` at `columns` x `rows`, then renders the App into the same writer
 * and returns the painted frame, Ink's first frame, the bytes Ink's frames sent before any key, and
 * the bytes after a `j`.
 */
async function paintThenInk(source: ArticleSource, columns: number, rows: number, finished: boolean) {
	const store = createMemoryStore({read: new Set(['Business/markets-steady'])});
	const scan: ScanSession = startScan(source);
	await scan.firstList;
	if (finished) await scan.done;
	const painted = firstFrame({articles: scan.articles(), scanning: !scan.finished(), snapshot: store.snapshot(), columns, rows});
	expect(painted).not.toBeNull();
	const terminal = new FakeTerminal(columns, rows);
	const writer = createFrameWriter(terminal as unknown as NodeJS.WriteStream);
	writer.stdout.write(painted ?? '');
	const afterPaint = writer.bytesWritten();
	const frames: string[] = [];
	const inkStdout = writer.stdout;
	const write = inkStdout.write.bind(inkStdout);
	inkStdout.write = ((chunk: string, ...rest: never[]) => {
		if (chunk !== '') frames.push(chunk);
		return write(chunk, ...rest);
	}) as typeof inkStdout.write;
	const keys = new FakeKeys();
	const instance = render(<App source={source} store={store} scan={scan} size={{columns, rows}} />, {
		stdout: inkStdout,
		stdin: keys as unknown as NodeJS.ReadStream,
		debug: true,
		patchConsole: false,
		exitOnCtrlC: false,
	});
	await until(() => frames.length > 0, "Ink's first frame");
	const inkSent = writer.bytesWritten() - afterPaint;
	await until(() => keys.listenerCount('data') > 0, 'the reader to read keys');
	const beforeKey = writer.bytesWritten();
	keys.type('j');
	await until(() => writer.bytesWritten() > beforeKey, 'the frame after j');
	instance.unmount();
	return {painted, inkFrame: frames[0], inkSent, keySent: writer.bytesWritten() - beforeKey, screen: terminal.bytes};
}

describe('the first frame painted before Ink', () => {
	// Styled as in a terminal, so the frames compare bold, inverse and dim too, not only text.
	let level: typeof chalk.level;
	beforeAll(() => {
		level = chalk.level;
		chalk.level = 1;
	});
	afterAll(() => {
		chalk.level = level;
	});

	for (const [columns, rows] of [
		[80, 24],
		[40, 15],
	] as const) {
		test(`is Ink's first frame at ${columns}x${rows}, and Ink's first frame then sends nothing`, async () => {
			const run = await paintThenInk(createMemorySource(bundledEntries()), columns, rows, true);
			expect(run.inkFrame).toBe(run.painted);
			expect(run.painted).toContain('\x1b[7m');
			expect(run.inkSent).toBe(0);
			// The writer was counting: the next key's frame does send bytes.
			expect(run.keySent).toBeGreaterThan(0);
		});
	}

	test('matches while the scan is still reading (the header counts what is listed)', async () => {
		const run = await paintThenInk(stillReading(), 80, 24, false);
		expect(run.painted).toContain('reading…');
		expect(run.inkFrame).toBe(run.painted);
		expect(run.inkSent).toBe(0);
	});

	test('is not painted for an empty library: Ink explains it', () => {
		const store = createMemoryStore();
		expect(firstFrame({articles: [], scanning: false, snapshot: store.snapshot(), columns: 80, rows: 24})).toBeNull();
	});
});
