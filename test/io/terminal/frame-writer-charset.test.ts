import {EventEmitter} from 'node:events';
import {describe, expect, it} from 'vitest';
import {createFrameWriter} from '../../../src/io/terminal/frame-writer.js';

/** A stand-in for process.stdout that keeps the bytes as written. */
class FakeTerminal extends EventEmitter {
	columns = 20;
	rows = 2;
	isTTY = true;
	readonly writes: (string | Buffer)[] = [];
	write(data: string | Buffer): boolean {
		this.writes.push(data);
		return true;
	}
}

const FRAME = '› café ★\nwide 中 …';

describe('the frame writer in the terminal charset', () => {
	it('sends Latin-1 bytes to a Latin-1 terminal, one per character', () => {
		const real = new FakeTerminal();
		const screen = createFrameWriter(real as unknown as NodeJS.WriteStream, 'latin1');
		screen.stdout.write(FRAME);
		const [bytes] = real.writes;
		// Bytes, not a string: Node would encode a string as UTF-8.
		expect(bytes).toBeInstanceOf(Uint8Array);
		expect(Buffer.from(bytes as Uint8Array).toString('latin1')).toBe('\x1b[m\x1b[H\x1b[2J> café *\r\nwide ?? .\x1b[H');
		expect(screen.bytesWritten()).toBe((bytes as Uint8Array).length);
	});

	it('sends only ASCII to an ASCII terminal, and UTF-8 unchanged to a UTF-8 one', () => {
		const ascii = new FakeTerminal();
		createFrameWriter(ascii as unknown as NodeJS.WriteStream, 'ascii').stdout.write(FRAME);
		expect(ascii.writes).toEqual(['\x1b[m\x1b[H\x1b[2J> caf? *\r\nwide ?? .\x1b[H']);
		const utf8 = new FakeTerminal();
		createFrameWriter(utf8 as unknown as NodeJS.WriteStream).stdout.write(FRAME);
		expect(utf8.writes).toEqual([`\x1b[m\x1b[H\x1b[2J› café ★\r\nwide 中 …\x1b[H`]);
	});
});
