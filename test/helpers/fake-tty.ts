/**
 * A terminal and a keyboard for Ink without a pty: the frame writer writes to FakeTerminal, which
 * keeps every byte, and Ink reads FakeKeys, which a test types into. For tests that render the App
 * into the frame writer the reader uses (the first frame painted before Ink, the launcher's frame).
 */
import {EventEmitter} from 'node:events';

/** The terminal: its size, and every byte the frame writer sends it. */
export class FakeTerminal extends EventEmitter {
	readonly isTTY = true;
	bytes = '';
	constructor(
		readonly columns: number,
		readonly rows: number,
	) {
		super();
	}
	write(chunk: string | Uint8Array): boolean {
		this.bytes += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
		return true;
	}
}

/** Keys for Ink, written when the test says. */
export class FakeKeys extends EventEmitter {
	readonly isTTY = true;
	private pending: string | null = null;
	type(keys: string): void {
		this.pending = keys;
		this.emit('readable');
		this.emit('data', keys);
	}
	read = (): string | null => {
		const keys = this.pending;
		this.pending = null;
		return keys;
	};
	setEncoding(): void {}
	setRawMode(): void {}
	resume(): void {}
	pause(): void {}
	ref(): void {}
	unref(): void {}
}

/** Waits until `condition` holds, polling; throws naming `what` after 3 s. */
export async function until(condition: () => boolean, what: string): Promise<void> {
	const deadline = Date.now() + 3000;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise(resolve => setTimeout(resolve, 5));
	}
}
