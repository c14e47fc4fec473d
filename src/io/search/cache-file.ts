/**
 * The search index on disk, beside the list cache: a tag line, then the documents as JSON, the words
 * as JSON, and the postings' bytes, each part after its length. A cache is only ever a shortcut: a
 * missing, damaged or foreign file gives null (the index is built again), and a failed save is said
 * in words, never thrown.
 */
import {createHash} from 'node:crypto';
import {readFile} from 'node:fs/promises';
import {join, resolve} from 'node:path';
import {defaultCacheDir, writeAtomically} from '../dirs/index.js';
import type {SearchSnapshot} from '../../core/search/index.js';

const TAG = 'newsterm-search\n';
/** Far more than 100,000 articles take (docs/performance.md#search): anything bigger is not ours. */
const MAX_BYTES = 1024 * 1024 * 1024;

/** The cache file for a set of article folders (and the feeds beside them): one per set. */
export function searchCachePath(folders: readonly string[], cacheDir: string = defaultCacheDir()): string {
	const key = folders.map(folder => resolve(folder)).join('\0');
	return join(cacheDir, `search-${createHash('sha256').update(key).digest('hex').slice(0, 20)}.bin`);
}

/** The parts of a cache file, not yet checked: JSON text for the head's two halves, bytes for the postings. */
export interface CacheParts {
	readonly docs: string;
	readonly words: string;
	readonly postings: Uint8Array;
}

function part(bytes: Buffer, at: number): {readonly text: Buffer; readonly end: number} | null {
	if (at + 4 > bytes.length) return null;
	const length = bytes.readUInt32LE(at);
	const end = at + 4 + length;
	return end > bytes.length ? null : {text: bytes.subarray(at + 4, end), end};
}

/** Reads a cache file into its parts; null when it is missing, too big or not one of ours. */
export async function readSearchCache(file: string): Promise<CacheParts | null> {
	let bytes: Buffer;
	try {
		bytes = await readFile(file);
	} catch {
		return null;
	}
	if (bytes.length > MAX_BYTES || bytes.subarray(0, TAG.length).toString('latin1') !== TAG) return null;
	const docs = part(bytes, TAG.length);
	const words = docs && part(bytes, docs.end);
	const postings = words && part(bytes, words.end);
	if (!docs || !words || !postings || postings.end !== bytes.length) return null;
	return {docs: docs.text.toString('utf8'), words: words.text.toString('utf8'), postings: postings.text};
}

function withLength(data: Uint8Array): Buffer[] {
	const length = Buffer.alloc(4);
	length.writeUInt32LE(data.length);
	return [length, Buffer.from(data.buffer, data.byteOffset, data.length)];
}

/** Writes a snapshot atomically; an error message instead of throwing. */
export async function saveSearchCache(file: string, snapshot: SearchSnapshot): Promise<string | undefined> {
	const {ids, dates, stamps, terms, lengths, version} = snapshot.head;
	try {
		const docs = Buffer.from(JSON.stringify({version, ids, dates, stamps}));
		const words = Buffer.from(JSON.stringify({terms, lengths}));
		await writeAtomically(file, Buffer.concat([Buffer.from(TAG, 'latin1'), ...withLength(docs), ...withLength(words), ...withLength(snapshot.postings)]));
	} catch (error) {
		return `could not save the search index ${file}: ${error instanceof Error ? error.message : String(error)}`;
	}
	return undefined;
}
