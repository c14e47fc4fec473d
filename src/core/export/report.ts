/**
 * What the footer says after `s` and `|`: where the text went, or why it did not, in words. A
 * command is the user's own text, but it goes on screen: it is sanitized and cut like any other.
 */
import {errnoWords, sanitizeText, truncate} from '../text/index.js';

/** How a piped command ended: its exit status, the signal that ended it, or why it never started. */
export type PipeOutcome =
	| {readonly kind: 'exit'; readonly code: number}
	| {readonly kind: 'signal'; readonly signal: string}
	| {readonly kind: 'failed'; readonly code: string | undefined; readonly message: string};

/** The status a POSIX shell gives a command it cannot find (127) or cannot run (126). */
const NOT_FOUND = 127;
const NOT_EXECUTABLE = 126;
/** Cells of the command the footer shows before cutting it with `…`. */
const COMMAND_CELLS = 40;

/** A command as the footer quotes it: sanitized, on one line, cut. */
function quoted(command: string): string {
	return `\`${truncate(sanitizeText(command).replace(/\s+/g, ' ').trim(), COMMAND_CELLS)}\``;
}

/** The footer's line after a command ran with the article on its stdin. */
export function pipeReport(command: string, outcome: PipeOutcome): string {
	const head = `Piped to ${quoted(command)}`;
	switch (outcome.kind) {
		case 'exit':
			if (outcome.code === NOT_FOUND) return `${head}: command not found (exit 127)`;
			if (outcome.code === NOT_EXECUTABLE) return `${head}: cannot run it (exit 126)`;
			return `${head}: exit ${outcome.code}`;
		case 'signal':
			return `${head}: ended by ${outcome.signal}`;
		case 'failed':
			return `Could not run ${quoted(command)}: ${errnoWords(outcome.code) ?? (outcome.code === 'ENOENT' ? 'no shell (sh) was found' : sanitizeText(outcome.message))}`;
	}
}

/** Why a save failed, in words: the folder is missing, not a folder, not writable, or the disk is full. */
export function saveFailure(code: string | undefined, message: string, folder: string): string {
	if (code === 'ENOENT') return `Not saved: the folder ${folder} does not exist`;
	if (code === 'ENOTDIR') return `Not saved: ${folder} is not a folder`;
	return `Not saved: ${errnoWords(code) ?? sanitizeText(message)} (${folder})`;
}
