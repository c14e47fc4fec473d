/**
 * Reading article text safely: the whole file when an article is opened, or only its first and
 * last bytes when a list needs a title and the `Last update:` footer. Both go through
 * `openRegular` (no FIFO, device or oversized file is ever read) and the pure decoders.
 */
import {decodeHeadTail, decodeText, type TextEncoding} from '../../core/text/index.js';
import {errorReason} from '../../core/folder/index.js';
import {closeQuietly, openRegular, readAll, readAt, type OpenLimits} from './open-regular.js';

/** A decoded file, or why it could not be read. */
export type TextResult = {readonly ok: true; readonly text: string; readonly encoding: TextEncoding} | {readonly ok: false; readonly reason: string};

/** Options for `readTextFile`. */
export type ReadTextOptions = OpenLimits;

/**
 * Reads and decodes one file. Never throws and never blocks on a FIFO: a missing file, a link
 * leaving `root`, anything but a regular file, a file over `maxBytes` (or growing past it while
 * read) and a binary file all come back as `{ok: false, reason}`.
 */
export async function readTextFile(path: string, opts: ReadTextOptions): Promise<TextResult> {
	const opened = await openRegular(path, opts);
	if (!opened.ok) return opened;
	try {
		const read = await readAll(opened.handle, opened.size, opts.maxBytes);
		return read.ok ? decodeText(read.bytes) : read;
	} catch (error) {
		return {ok: false, reason: errorReason(error)};
	} finally {
		await closeQuietly(opened.handle);
	}
}

/** Options for `readHeadTail`: how many bytes to read from each end. */
export interface HeadTailOptions extends OpenLimits {
	readonly head: number;
	readonly tail: number;
}

/**
 * The start and end of a file. When the two would meet or overlap the whole file is read and
 * `whole` is true, with `head` and `tail` both holding the full text. Otherwise `tail` starts at
 * byte `size - tail`, mid-line most likely, with any character split by either cut dropped.
 */
export type HeadTailResult =
	| {
			readonly ok: true;
			readonly head: string;
			readonly tail: string;
			readonly whole: boolean;
			readonly size: number;
			readonly mtimeMs: number;
			readonly encoding: TextEncoding;
	  }
	| {readonly ok: false; readonly reason: string};

/**
 * Reads the first `head` and last `tail` bytes of a file, with every check `readTextFile` makes
 * (a file over `maxBytes` is refused even though only its ends would be read, so a listed file can
 * always be opened). Binary detection sees only the bytes read. Never throws.
 */
export async function readHeadTail(path: string, opts: HeadTailOptions): Promise<HeadTailResult> {
	const opened = await openRegular(path, opts);
	if (!opened.ok) return opened;
	const {handle, size, mtimeMs} = opened;
	const head = Math.max(0, Math.floor(opts.head));
	const tail = Math.max(0, Math.floor(opts.tail));
	try {
		if (size <= head + tail) {
			const read = await readAll(handle, size, opts.maxBytes);
			if (!read.ok) return read;
			const decoded = decodeText(read.bytes);
			if (!decoded.ok) return decoded;
			const {text, encoding} = decoded;
			return {ok: true, head: text, tail: text, whole: true, size: read.bytes.length, mtimeMs, encoding};
		}
		const [start, end] = await Promise.all([readAt(handle, 0, head), readAt(handle, size - tail, tail)]);
		const decoded = decodeHeadTail(start, end, size - tail);
		if (!decoded.ok) return decoded;
		return {ok: true, head: decoded.head, tail: decoded.tail, whole: false, size, mtimeMs, encoding: decoded.encoding};
	} catch (error) {
		return {ok: false, reason: errorReason(error)};
	} finally {
		await closeQuietly(handle);
	}
}
