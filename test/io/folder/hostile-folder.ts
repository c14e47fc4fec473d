// A folder holding everything an `--articles` folder might: FIFOs, sockets, device links, links out
// of the folder and round in loops, a 20 MB file, binary data and every text encoding we decode.
import {execFileSync} from 'node:child_process';
import {mkdir, mkdtemp, rm, symlink, truncate, writeFile} from 'node:fs/promises';
import {createServer, type Server} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

/** A built hostile folder; `cleanup` removes it. */
export interface HostileFolder {
	readonly base: string;
	readonly root: string;
	readonly outside: string;
	cleanup(): Promise<void>;
}

function utf16(text: string, bigEndian: boolean): Buffer {
	const le = Buffer.from(text, 'utf16le');
	return bigEndian ? le.swap16() : le;
}

/** The text files and their exact bytes, by path relative to the root. */
export const TEXT_FILES: Readonly<Record<string, Uint8Array>> = {
	'world/plain.txt': Buffer.from('Plain title\n\nBody — with a dash.\n'),
	'world/bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Bom title\n')]),
	'world/utf16le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), utf16('Sixteen LE: naïve 𝄞\n', false)]),
	'world/utf16be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16('Sixteen BE: naïve 𝄞\n', true)]),
	'world/latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
	'world/lossy.txt': Buffer.from([0x93, 0x48, 0x69, 0x94, 0x0a]),
	'world/empty.txt': Buffer.alloc(0),
	'world/binary.txt': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]),
};

/** What each text file decodes to. */
export const DECODED: Readonly<Record<string, {text: string; encoding: string}>> = {
	'world/plain.txt': {text: 'Plain title\n\nBody — with a dash.\n', encoding: 'utf8'},
	'world/bom.txt': {text: 'Bom title\n', encoding: 'utf8-bom'},
	'world/utf16le.txt': {text: 'Sixteen LE: naïve 𝄞\n', encoding: 'utf16le'},
	'world/utf16be.txt': {text: 'Sixteen BE: naïve 𝄞\n', encoding: 'utf16be'},
	'world/latin1.txt': {text: 'café\n', encoding: 'latin1'},
	'world/lossy.txt': {text: '\uFFFDHi\uFFFD\n', encoding: 'utf8-lossy'},
	'world/empty.txt': {text: '', encoding: 'utf8'},
};

/** Listens on a Unix socket at `path`; the socket file lasts until the server closes. */
async function makeSocket(path: string): Promise<Server> {
	const server = createServer();
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(path, resolve);
	});
	return server;
}

/** Builds the folder in a fresh temp directory. POSIX only (FIFOs, sockets, /dev). */
export async function makeHostileFolder(): Promise<HostileFolder> {
	const base = await mkdtemp(join(tmpdir(), 'newsterm-hostile-'));
	const root = join(base, 'root');
	const outside = join(base, 'outside');
	for (const folder of ['world', 'loop-a', 'loop-b', 'self', '.store/extra', '.git']) await mkdir(join(root, folder), {recursive: true});
	await mkdir(outside);
	for (const [rel, bytes] of Object.entries(TEXT_FILES)) await writeFile(join(root, rel), bytes);
	await writeFile(join(outside, 'secret.txt'), 'Outside the root\n');
	await writeFile(join(root, 'loop-a/a.txt'), 'A\n');
	await writeFile(join(root, 'loop-b/b.txt'), 'B\n');
	await writeFile(join(root, '.store/extra/linked-article.txt'), 'Linked folder article\n');
	await writeFile(join(root, 'README.txt'), 'About this folder\n');
	await writeFile(join(root, 'readme.TXT'), 'About this folder\n');
	await writeFile(join(root, '.hidden.txt'), 'Hidden\n');
	await writeFile(join(root, '.git/config.txt'), 'Hidden folder\n');
	await writeFile(join(root, 'notes.md'), 'Not an article\n');
	// Sparse: 20 MB by size without writing 20 MB.
	await writeFile(join(root, 'world/big.txt'), 'Big\n');
	await truncate(join(root, 'world/big.txt'), 20 * 1024 * 1024);
	execFileSync('mkfifo', [join(root, 'fifo.txt')]);
	const server = await makeSocket(join(root, 'sock.txt'));
	await symlink('/dev/zero', join(root, 'zero.txt'));
	await symlink('/dev/urandom', join(root, 'urandom.txt'));
	await symlink('/dev', join(root, 'dev-link'));
	await symlink('../outside/secret.txt', join(root, 'outside-link.txt'));
	await symlink('missing.txt', join(root, 'broken.txt'));
	await symlink('file-loop-b.txt', join(root, 'file-loop-a.txt'));
	await symlink('file-loop-a.txt', join(root, 'file-loop-b.txt'));
	await symlink('../loop-b', join(root, 'loop-a/to-b'));
	await symlink('../loop-a', join(root, 'loop-b/to-a'));
	await symlink('..', join(root, 'self/up'));
	await symlink('.store/extra', join(root, 'linked'));
	await symlink('world', join(root, 'latest'));
	await symlink('world/plain.txt', join(root, 'alias.txt'));
	await symlink('../outside/secret.txt', join(root, 'notes-link.md'));
	async function cleanup(): Promise<void> {
		await new Promise<void>(resolve => server.close(() => resolve()));
		await rm(base, {recursive: true, force: true});
	}
	return {base, root, outside, cleanup};
}

/** Fails a promise that takes longer than `ms`, so a hang fails the test instead of blocking CI. */
export function withinTime<T>(promise: Promise<T>, ms = 10_000): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`still running after ${ms} ms: a hang`)), ms);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
