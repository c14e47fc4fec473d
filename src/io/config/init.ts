import {mkdir, writeFile} from 'node:fs/promises';
import {dirname} from 'node:path';
import {defaultFileText} from '../../core/config/index.js';

/** What `newsterm config --init` did. */
export type InitOutcome = {readonly written: true} | {readonly written: false; readonly reason: string};

/**
 * Writes the commented default config.toml at `path`, only if no file is there: created exclusively
 * (`wx`), so a file the user has, or one made a moment ago by another newsterm, is never overwritten.
 */
export async function initConfig(path: string): Promise<InitOutcome> {
	try {
		await mkdir(dirname(path), {recursive: true, mode: 0o700});
		await writeFile(path, defaultFileText(), {flag: 'wx', mode: 0o600});
		return {written: true};
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EEXIST') return {written: false, reason: 'a file is already there; it is left as it is'};
		return {written: false, reason: `it cannot be written (${code ?? String(error)})`};
	}
}
