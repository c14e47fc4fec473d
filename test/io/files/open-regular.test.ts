import {mkdirSync, symlinkSync, writeFileSync} from 'node:fs';
import {open, type FileHandle} from 'node:fs/promises';
import {join} from 'node:path';
import fc from 'fast-check';
import {afterAll, describe, expect, test} from 'vitest';
import {readLines} from '../../../src/io/files/open-regular.js';
import {readHeadTail} from '../../../src/io/files/read-text.js';
import {tempDir} from '../../helpers/bin.js';

const temp = tempDir('newsterm-open-');
const root = join(temp.path, 'root');
mkdirSync(join(root, 'sub'), {recursive: true});
writeFileSync(join(root, 'sub', 'a.txt'), 'Inside\n\nbody');
writeFileSync(join(temp.path, 'secret.txt'), 'Outside secret');
symlinkSync(join(temp.path, 'secret.txt'), join(root, 'sub', 'out.txt'));
symlinkSync(join(root, 'sub', 'a.txt'), join(root, 'sub', 'in.txt'));
afterAll(temp.remove);

const limits = {head: 100, tail: 100, maxBytes: 1000, root, foldersChecked: true} as const;

describe('reads after a walk (foldersChecked)', () => {
	test('a regular file opens directly', async () => {
		const read = await readHeadTail(join(root, 'sub', 'a.txt'), limits);
		expect(read.ok && read.head).toBe('Inside\n\nbody');
	});

	test('a link that appeared after the walk is still resolved and held to the root', async () => {
		expect(await readHeadTail(join(root, 'sub', 'out.txt'), limits)).toEqual({ok: false, reason: 'link points outside the folder'});
		const inside = await readHeadTail(join(root, 'sub', 'in.txt'), limits);
		expect(inside.ok && inside.head).toBe('Inside\n\nbody');
	});
});

/** Every line readLines gives for `bytes`, read `piece` bytes at a time, and how far it had read at the first. */
async function linesOf(bytes: Uint8Array, piece: number, maxBytes = 1 << 20): Promise<{lines: string[]; readAtFirst: number}> {
	const file = join(temp.path, 'lines.txt');
	writeFileSync(file, bytes);
	const handle = await open(file, 'r');
	let read = 0;
	const counting = {
		read: async (...args: Parameters<FileHandle['read']>) => {
			const result = await (handle.read as (...a: unknown[]) => ReturnType<FileHandle['read']>)(...args);
			read += result.bytesRead;
			return result;
		},
	} as unknown as FileHandle;
	try {
		const lines: string[] = [];
		let readAtFirst = -1;
		for await (const line of readLines(counting, maxBytes, piece)) {
			if (readAtFirst === -1) readAtFirst = read;
			lines.push(line);
		}
		return {lines, readAtFirst};
	} finally {
		await handle.close();
	}
}

describe('readLines', () => {
	test('gives the lines a whole-file decode and split would, whatever the piece size', async () => {
		const part = fc.constantFrom('a', 'line', '\n', '\n\n', 'é', '漢', '😀', '“', '\r\n');
		const bad = fc.constantFrom(new Uint8Array([0xff]), new Uint8Array([0xe6, 0xbc]), new Uint8Array([0xc3]));
		const chunk = fc.oneof({weight: 5, arbitrary: part.map(text => new TextEncoder().encode(text))}, {weight: 1, arbitrary: bad});
		await fc.assert(
			fc.asyncProperty(fc.array(chunk, {maxLength: 30}), fc.integer({min: 1, max: 9}), async (chunks, piece) => {
				const bytes = new Uint8Array(chunks.flatMap(c => [...c]));
				const whole = new TextDecoder().decode(bytes).split('\n');
				if (whole.at(-1) === '') whole.pop();
				expect((await linesOf(bytes, piece)).lines).toEqual(whole);
			}),
			{numRuns: 150},
		);
	});

	test('hands out the first line before it reads the rest of the file', async () => {
		const first = 'x'.repeat(100);
		const bytes = new TextEncoder().encode(`${first}\n${'y'.repeat(10_000)}\n`);
		const {lines, readAtFirst} = await linesOf(bytes, 64);
		expect(lines).toEqual([first, 'y'.repeat(10_000)]);
		expect(readAtFirst).toBeLessThanOrEqual(first.length + 64);
	});

	test('stops at maxBytes', async () => {
		const {lines} = await linesOf(new TextEncoder().encode('one\ntwo\nthree\n'), 3, 6);
		expect(lines).toEqual(['one', 'tw']);
	});
});
