/**
 * The program's side of the launcher's early paint: a frame writer that takes the painted frame as
 * the screen (FrameWriter.assume) sends nothing for the same frame and only the changed rows for a
 * different one; adoptEarlyFrame does that only when the launcher painted, and ends the launcher's
 * own watch over the terminal.
 */
import {Box, render, Text} from 'ink';
import {createElement as h} from 'react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {handedOver, handOver} from '../../../src/io/frame-cache/index.js';
import {adoptEarlyFrame} from '../../../src/io/terminal/index.js';
import {createFrameWriter} from '../../../src/io/terminal/frame-writer.js';
import {restoreTerminal} from '../../../src/io/terminal/session.js';
import {FakeTerminal} from '../../helpers/fake-tty.js';

const lines = (rows: readonly string[]) => h(Box, {flexDirection: 'column'}, ...rows.map((row, i) => h(Text, {key: i, bold: i === 0}, row)));

/** The frame Ink writes for `rows` at 20x3, as the launcher's saved frame holds it. */
function inkFrame(rows: readonly string[]): string {
	const real = new FakeTerminal(20, 3);
	const writer = createFrameWriter(real as unknown as NodeJS.WriteStream);
	let frame = '';
	const stdout = writer.stdout;
	const spy = vi.spyOn(stdout, 'write').mockImplementation((chunk: unknown) => {
		if (typeof chunk === 'string' && chunk !== '' && frame === '') frame = chunk;
		return true;
	});
	render(lines(rows), {stdout, debug: true, patchConsole: false}).unmount();
	spy.mockRestore();
	return frame;
}

describe('FrameWriter.assume', () => {
	it("sends nothing for Ink's first frame when it is the frame on screen", () => {
		const frame = inkFrame(['Sections', 'Business', 'World']);
		expect(frame).toContain('Business');
		const real = new FakeTerminal(20, 3);
		const writer = createFrameWriter(real as unknown as NodeJS.WriteStream);
		writer.assume(frame);
		const ink = render(lines(['Sections', 'Business', 'World']), {stdout: writer.stdout, debug: true, patchConsole: false});
		expect(real.bytes).toBe('');
		expect(writer.bytesWritten()).toBe(0);
		ink.unmount();
	});

	it('sends only the rows that differ from the frame on screen', () => {
		const real = new FakeTerminal(20, 3);
		const writer = createFrameWriter(real as unknown as NodeJS.WriteStream);
		writer.assume(inkFrame(['Sections', 'Business', 'World']));
		const ink = render(lines(['Sections', 'Business', 'Weather']), {stdout: writer.stdout, debug: true, patchConsole: false});
		expect(real.bytes).not.toContain('Sections');
		expect(real.bytes).not.toContain('\x1b[2J');
		expect(real.bytes).toContain('eather');
		ink.unmount();
	});
});

describe('adoptEarlyFrame', () => {
	afterEach(() => {
		restoreTerminal();
		vi.restoreAllMocks();
	});

	it('adopts nothing when the launcher painted nothing', () => {
		handOver({build: 'b', cacheDir: '/tmp', identity: 'i', taken: false});
		expect(adoptEarlyFrame()).toBeUndefined();
		expect(handedOver()?.taken).toBe(false);
	});

	it("takes the launcher's screen over without drawing on it, and diffs the next frame against it", () => {
		const writes = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
		const cols = process.stdout.columns || 80;
		const rows = process.stdout.rows || 24;
		const frame = 'Sections\nBusiness';
		handOver({build: 'b', cacheDir: '/tmp', identity: 'i', taken: false, painted: {frame, cols, rows}});
		const writer = adoptEarlyFrame();
		expect(writer).toBeDefined();
		// The session owns the way out now, not the launcher's hook.
		expect(handedOver()?.taken).toBe(true);
		writer?.stdout.write(frame);
		expect(writes).not.toHaveBeenCalled();
		writer?.stdout.write('Sections\nWorld');
		expect(writes).toHaveBeenCalledTimes(1);
		expect(String(writes.mock.calls[0]?.[0])).not.toContain('\x1b[?1049h');
	});
});
