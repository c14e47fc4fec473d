/**
 * `s`: the article's Markdown as a new file in the save folder. The text goes to a private temp
 * file first and is then hard-linked to the first free name (`tide.md`, `tide-2.md`, …): a link
 * never replaces a file, so nothing the user has is overwritten, and a reader of the folder sees the
 * whole file or none of it. Where the file system has no hard links, the name is created exclusively.
 */
import {randomBytes} from 'node:crypto';
import {link, stat, unlink, writeFile} from 'node:fs/promises';
import {homedir} from 'node:os';
import {join, resolve} from 'node:path';
import {homePath, savedName, saveFailure, slugOf} from '../../core/export/index.js';

/** Names tried before giving up: far more copies of one title than anyone keeps. */
const MAX_TRIES = 1000;
/** What `link` says on a file system without hard links (FAT, some network and FUSE mounts). */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/** Where the file went, or why it did not, in words for the footer. */
export type SaveAnswer = {readonly ok: true; readonly path: string; readonly message: string} | {readonly ok: false; readonly message: string};

const codeOf = (error: unknown): string | undefined => {
	const code = (error as {code?: unknown} | null)?.code;
	return typeof code === 'string' ? code : undefined;
};

/**
 * The save folder as the user wrote it: `~` is the home folder, a relative path is from the current folder.
 * @internal Tests use it; the program does not.
 */
export function saveFolder(dir: string, home: string = homedir()): string {
	return resolve(dir === '~' ? home : dir.startsWith('~/') ? join(home, dir.slice(2)) : dir);
}

/** Tries names until one is free; `claim` throws EEXIST for a taken name. */
async function firstFree(folder: string, slug: string, claim: (path: string) => Promise<void>): Promise<string | null> {
	for (let n = 1; n <= MAX_TRIES; n++) {
		const path = join(folder, savedName(slug, n));
		try {
			await claim(path);
			return path;
		} catch (error) {
			if (codeOf(error) !== 'EEXIST') throw error;
		}
	}
	return null;
}

/** Writes `markdown` as `<slug of title>.md` (or the next free name) in `dir`. Never throws. */
export async function saveMarkdown(dir: string, title: string, markdown: string, home: string = homedir()): Promise<SaveAnswer> {
	const folder = saveFolder(dir, home);
	const shown = homePath(folder, home);
	const slug = slugOf(title);
	const temp = join(folder, `.${slug}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
	try {
		if (!(await stat(folder)).isDirectory()) return {ok: false, message: saveFailure('ENOTDIR', '', shown)};
		await writeFile(temp, markdown, {flag: 'wx'});
		let path: string | null;
		try {
			path = await firstFree(folder, slug, name => link(temp, name));
		} catch (error) {
			if (!NO_LINKS.has(codeOf(error) ?? '')) throw error;
			path = await firstFree(folder, slug, name => writeFile(name, markdown, {flag: 'wx'}));
		}
		if (path === null) return {ok: false, message: `Not saved: ${savedName(slug, 1)} and ${MAX_TRIES - 1} numbered copies exist in ${shown}`};
		return {ok: true, path, message: `Saved to ${homePath(path, home)}`};
	} catch (error) {
		return {ok: false, message: saveFailure(codeOf(error), error instanceof Error ? error.message : String(error), shown)};
	} finally {
		await unlink(temp).catch(() => undefined);
	}
}
