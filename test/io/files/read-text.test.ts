import {existsSync} from 'node:fs';
import {open, rm, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {readAll} from '../../../src/io/files/open-regular.js';
import {readHeadTail, readTextFile} from '../../../src/io/files/read-text.js';
import {walkArticleFiles} from '../../../src/io/folder/walk.js';
import {DECODED, makeHostileFolder, withinTime, type HostileFolder} from '../folder/hostile-folder.js';

const MB = 1024 * 1024;
const limits = {maxBytes: 5 * MB};

describe.runIf(process.platform !== 'win32')('readTextFile', () => {
	let folder: HostileFolder;
	let root: string;
	const at = (rel: string): string => join(root, rel);
	beforeAll(async () => {
		folder = await makeHostileFolder();
		root = folder.root;
	});
	afterAll(async () => {
		await folder.cleanup();
	});

	it.each(Object.entries(DECODED))('decodes %s exactly', async (rel, expected) => {
		expect(await withinTime(readTextFile(at(rel), {...limits, root}))).toEqual({ok: true, ...expected});
	});

	it.each([
		['fifo.txt', 'not a regular file (FIFO)'],
		['sock.txt', 'not a regular file (socket or device)'],
		['world', 'not a regular file (folder)'],
		['world/binary.txt', 'binary file'],
		['world/big.txt', 'too large: 20 MB (limit 5 MB)'],
		['broken.txt', 'no longer exists'],
		['file-loop-a.txt', 'symlink loop'],
		['missing.txt', 'no longer exists'],
	])('refuses %s without hanging: %s', async (rel, reason) => {
		expect(await withinTime(readTextFile(at(rel), {...limits, root}))).toEqual({ok: false, reason});
	});

	it.each(['zero.txt', 'urandom.txt', 'outside-link.txt'])('refuses %s, a link out of the root', async rel => {
		expect(await withinTime(readTextFile(at(rel), {...limits, root}))).toEqual({ok: false, reason: 'link points outside the folder'});
	});

	it('still refuses devices when no root is given, by checking the open handle', async () => {
		expect(await withinTime(readTextFile(at('zero.txt'), limits))).toEqual({ok: false, reason: 'not a regular file (character device)'});
		expect(await withinTime(readTextFile('/dev/urandom', limits))).toEqual({ok: false, reason: 'not a regular file (character device)'});
		expect(await withinTime(readTextFile(at('fifo.txt'), limits))).toEqual({ok: false, reason: 'not a regular file (FIFO)'});
	});

	it('follows a link anywhere when no root is given: the caller chose the path', async () => {
		expect(await readTextFile(at('outside-link.txt'), limits)).toEqual({ok: true, text: 'Outside the root\n', encoding: 'utf8'});
	});

	it('follows links inside the root', async () => {
		expect(await readTextFile(at('alias.txt'), {...limits, root})).toEqual({ok: true, ...DECODED['world/plain.txt']});
		expect(await readTextFile(at('latest/latin1.txt'), {...limits, root})).toEqual({ok: true, text: 'café\n', encoding: 'latin1'});
	});

	it('reports a file deleted between the walk and the read', async () => {
		const victim = at('world/deleted.txt');
		await writeFile(victim, 'Soon gone\n');
		const {files} = await walkArticleFiles(root);
		const listed = files.find(file => file.rel === 'world/deleted.txt');
		expect(listed).toBeDefined();
		await rm(victim);
		expect(await readTextFile(listed!.path, {...limits, root})).toEqual({ok: false, reason: 'no longer exists'});
		expect(await readHeadTail(listed!.path, {...limits, root, head: 10, tail: 10})).toEqual({ok: false, reason: 'no longer exists'});
	});

	it('reads every listed file without throwing or hanging', async () => {
		const {files} = await withinTime(walkArticleFiles(root));
		const results = await withinTime(Promise.all(files.map(file => readTextFile(file.path, {...limits, root}))));
		expect(results.filter(result => !result.ok)).toEqual([{ok: false, reason: 'binary file'}]);
	});

	it('never reads past the limit, even when the size it was told is wrong', async () => {
		const path = at('world/growing.txt');
		await writeFile(path, 'x'.repeat(1000));
		const handle = await open(path, 'r');
		try {
			// As if the file had been 10 bytes at fstat and grew since: reading stops at limit + 1.
			expect(await readAll(handle, 10, 100)).toEqual({ok: false, reason: 'too large: grew past the 100 bytes limit while being read'});
			const whole = await readAll(handle, 10, 1000);
			expect(whole.ok && whole.bytes.length).toBe(1000);
		} finally {
			await handle.close();
			await rm(path);
		}
	});

	it.runIf(existsSync('/proc/self/status'))('reads a file whose size says 0 but has content (procfs)', async () => {
		const result = await readTextFile('/proc/self/status', limits);
		expect(result.ok && result.text.startsWith('Name:')).toBe(true);
	});
});

describe.runIf(process.platform !== 'win32')('readHeadTail', () => {
	let folder: HostileFolder;
	beforeAll(async () => {
		folder = await makeHostileFolder();
	});
	afterAll(async () => {
		await folder.cleanup();
	});

	it('reads a small file whole', async () => {
		const result = await readHeadTail(join(folder.root, 'world/plain.txt'), {...limits, head: 4096, tail: 4096});
		expect(result).toMatchObject({ok: true, whole: true, head: DECODED['world/plain.txt']!.text, tail: DECODED['world/plain.txt']!.text, encoding: 'utf8'});
	});

	it('reads the title and the footer of a long article, dropping a character split by the tail cut', async () => {
		const title = 'A long article about Zürich';
		const footer = 'Last update: Monday, 6 May 2024, 10:30\nMore from World\n';
		const body = 'Paragraph text. '.repeat(2000);
		const path = join(folder.root, 'world/long.txt');
		const text = `${title}\n\n${body}€${footer}`;
		await writeFile(path, text);
		const bytes = Buffer.from(text);
		// The tail starts on the second byte of the euro sign (3 bytes) just before the footer.
		const tail = bytes.length - bytes.lastIndexOf(Buffer.from('€')) - 1;
		const result = await readHeadTail(path, {...limits, head: 64, tail});
		expect(result).toMatchObject({ok: true, whole: false, tail: footer, encoding: 'utf8', size: bytes.length});
		expect(result.ok && result.head.startsWith(`${title}\n\nParagraph`)).toBe(true);
	});

	it('decodes both ends of a UTF-16 file', async () => {
		const text = `Title Ω\n${'body '.repeat(500)}end 𝄞`;
		const path = join(folder.root, 'world/long16.txt');
		await writeFile(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
		// Odd cuts fall inside a code unit; a cut between the two halves of 𝄞 drops the half.
		const read = (head: number, tail: number) => readHeadTail(path, {...limits, head, tail});
		expect(await read(19, 7)).toMatchObject({ok: true, whole: false, head: 'Title Ω\n', tail: ' 𝄞', encoding: 'utf16le'});
		expect(await read(18, 5)).toMatchObject({ok: true, head: 'Title Ω\n', tail: '𝄞'});
		expect(await read(18, 2)).toMatchObject({ok: true, tail: ''});
	});

	it('makes the checks readTextFile makes', async () => {
		const options = {...limits, head: 100, tail: 100};
		expect(await withinTime(readHeadTail(join(folder.root, 'fifo.txt'), options))).toEqual({ok: false, reason: 'not a regular file (FIFO)'});
		expect(await withinTime(readHeadTail(join(folder.root, 'zero.txt'), {...options, root: folder.root}))).toEqual({
			ok: false,
			reason: 'link points outside the folder',
		});
		expect(await readHeadTail(join(folder.root, 'world/big.txt'), options)).toEqual({ok: false, reason: 'too large: 20 MB (limit 5 MB)'});
		expect(await readHeadTail(join(folder.root, 'world/binary.txt'), options)).toEqual({ok: false, reason: 'binary file'});
	});
});
