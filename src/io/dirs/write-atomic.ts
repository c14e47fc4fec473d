/**
 * Writing a file that a reader may open at any moment: the data goes to a private temp file next to
 * it (mode 0600, in a folder created 0700), which is then renamed over the file, so a reader sees the
 * old file or the new one, never half of one. The list cache, the code cache and the saved first
 * frame all save this way.
 */
import {mkdirSync, renameSync, unlinkSync, writeFileSync} from 'node:fs';
import {mkdir, rename, unlink, writeFile} from 'node:fs/promises';
import {dirname} from 'node:path';

/**
 * Writes `data` to `file` atomically, through `<file>.<pid>.<time><count>.tmp` (created exclusively).
 * Throws what failed; a failed write leaves no temp file behind.
 */
export async function writeAtomically(file: string, data: string | Uint8Array): Promise<void> {
	const temp = tempName(file);
	try {
		await mkdir(dirname(file), {recursive: true, mode: 0o700});
		await writeFile(temp, data, {mode: 0o600, flag: 'wx'});
		await rename(temp, file);
	} catch (error) {
		await unlink(temp).catch(() => undefined);
		throw error;
	}
}

/**
 * `writeAtomically` for the way out of the program, where nothing asynchronous runs any more (the
 * saved first frame is written from the exit hook too).
 */
export function writeAtomicallySync(file: string, data: string | Uint8Array): void {
	const temp = tempName(file);
	try {
		mkdirSync(dirname(file), {recursive: true, mode: 0o700});
		writeFileSync(temp, data, {mode: 0o600, flag: 'wx'});
		renameSync(temp, file);
	} catch (error) {
		try {
			unlinkSync(temp);
		} catch {
			// Never created, or gone already.
		}
		throw error;
	}
}

let made = 0;
/**
 * A temp name beside `file` that no other process picks: the pid, the time and a count. Not random:
 * node:crypto would be loaded before the launcher's paint for it, and the exclusive create refuses a
 * name someone planted anyway.
 */
const tempName = (file: string): string => `${file}.${process.pid}.${Date.now().toString(36)}${(made++).toString(36)}.tmp`;
