/**
 * V8's compiled code for the program, kept in the cache folder between runs. Node 20 has no compile
 * cache for a program's own code (module.enableCompileCache came in Node 22), so the launcher
 * compiles the bundle through `vm.Script` and hands it the code a previous run saved here
 * (docs/performance.md#code-cache).
 *
 * V8 checks its version and flags before it uses cached code, but not the bytes: damaged cached code
 * aborts the process (measured on Node 20.20: a few flipped bytes end in "Fatal error ... unreachable
 * code"). So every file carries a SHA-1 of its payload, and a file that does not match it is never
 * handed to V8. A cache is only a shortcut: any failure here costs a normal compile, never an error.
 */
import {createHash} from 'node:crypto';
import {unlinkSync} from 'node:fs';
import {readdir, unlink} from 'node:fs/promises';
import {basename, dirname, join} from 'node:path';
import {readPrivateFile, writeAtomically} from '../io/dirs/index.js';

const MAGIC = Buffer.from('newsterm code cache 1\n', 'latin1');
const DIGEST_BYTES = 20;
/** Far above what a run saves (docs/performance.md#code-cache): a bigger file is not one we wrote. */
const MAX_BYTES = 64 * 1024 * 1024;
const PREFIX = 'code-';

/** The cache file for one build of the program on one Node: a new build or Node never reads an old file. */
export function codeCachePath(cacheDir: string, buildHash: string, node: string = process.version, arch: string = process.arch): string {
	return join(cacheDir, `${PREFIX}${buildHash}-${node}-${arch}.bin`);
}

function digest(payload: Uint8Array): Buffer {
	return createHash('sha1').update(payload).digest();
}

/**
 * A file's contents for `payload`: magic, digest, payload.
 * @internal Tests use it; the program does not.
 */
export function encodeCodeCache(payload: Uint8Array): Buffer {
	return Buffer.concat([MAGIC, digest(payload), payload]);
}

/**
 * The payload of a file's contents, or undefined when they are not an intact file of ours.
 * @internal Tests use it; the program does not.
 */
export function decodeCodeCache(bytes: Buffer): Buffer | undefined {
	const head = MAGIC.length + DIGEST_BYTES;
	if (bytes.length <= head || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
	const payload = bytes.subarray(head);
	return digest(payload).equals(bytes.subarray(MAGIC.length, head)) ? payload : undefined;
}

/**
 * The cached code in `file`, or undefined when it is missing, not a regular file, too big, not this
 * user's own (cached code is code: V8 runs what it holds; io/dirs readPrivateFile), or damaged.
 * Synchronous: the launcher needs it before it can compile anything.
 */
export function readCodeCache(file: string): Buffer | undefined {
	const bytes = readPrivateFile(file, MAX_BYTES);
	return bytes === undefined ? undefined : decodeCodeCache(bytes);
}

/**
 * Removes a cache file that failed its digest or that V8 refused: it would only cost the next run a
 * read and a check for nothing. Quiet when there is no file or it cannot go.
 */
export function discardCodeCache(file: string): void {
	try {
		unlinkSync(file);
	} catch {
		// Missing already, or a read-only folder: the next save replaces it or fails the same way.
	}
}

/**
 * Saves `payload` as `file`, atomically (write-atomic.ts). Other builds' cache files in the folder go (each upgrade
 * would otherwise leave its file behind); this build's files for other Node versions stay, so two
 * Nodes used in turn do not delete each other's. Never throws; a failed save is tried on a later run.
 */
export async function writeCodeCache(file: string, payload: Uint8Array): Promise<void> {
	const dir = dirname(file);
	try {
		await writeAtomically(file, encodeCodeCache(payload));
	} catch {
		return;
	}
	const names = await readdir(dir).catch(() => [] as string[]);
	const own = basename(file);
	const build = own.slice(0, own.indexOf('-', PREFIX.length) + 1);
	// Temp files included: one left by a run that died mid-save is as stale as the build it belongs to.
	const stale = names.filter(name => name.startsWith(PREFIX) && !name.startsWith(build));
	await Promise.all(stale.map(name => unlink(join(dir, name)).catch(() => undefined)));
}
