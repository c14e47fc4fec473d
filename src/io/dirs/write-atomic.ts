/**
 * Writing a file that a reader may open at any moment: the data goes to a private temp file next to
 * it (mode 0600, in a folder created 0700), which is then renamed over the file, so a reader sees the
 * old file or the new one, never half of one. The list cache and the code cache both save this way.
 */
import {randomBytes} from 'node:crypto';
import {mkdir, rename, unlink, writeFile} from 'node:fs/promises';
import {dirname} from 'node:path';

/**
 * Writes `data` to `file` atomically, through `<file>.<pid>.<random>.tmp` (created exclusively).
 * Throws what failed; a failed write leaves no temp file behind.
 */
export async function writeAtomically(file: string, data: string | Uint8Array): Promise<void> {
	const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
	try {
		await mkdir(dirname(file), {recursive: true, mode: 0o700});
		await writeFile(temp, data, {mode: 0o600, flag: 'wx'});
		await rename(temp, file);
	} catch (error) {
		await unlink(temp).catch(() => undefined);
		throw error;
	}
}
