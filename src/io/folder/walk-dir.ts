/**
 * One folder of a walk: list it, stat its article files in one batch, resolve its links in
 * another. The folder's real path is used for every call, so a link higher up cannot be swapped
 * to send the walk elsewhere halfway through.
 */
import type {Stats} from 'node:fs';
import {sep} from 'node:path';
import type {SkippedItem} from '../../core/library/index.js';
import {errorReason, isArticleName, isHidden, isInside, isWorthReporting, notRegularReason, tooLargeReason} from '../../core/folder/index.js';
import type {FsBatch, Outcome} from '../files/index.js';
import type {FileEntry} from './walk.js';

/** A folder to list: where it really is, and where it appears under the root. */
export interface Dir {
	readonly real: string;
	readonly rel: string;
	readonly depth: number;
}

/** A linked folder inside the root, listed after the plain tree. */
interface LinkedDir extends Dir {
	/** The real folder holding the link, to tell a loop from a second way in. */
	readonly parentReal: string;
}

/** The state one walk shares between its folders. */
export interface WalkContext {
	readonly base: string;
	readonly rootReal: string;
	readonly maxBytes: number;
	readonly maxDepth: number;
	readonly fs: FsBatch;
	readonly files: FileEntry[];
	/** Told of each file as soon as it is found, so reading can start before the walk ends. */
	readonly onFile?: (file: FileEntry) => void;
	readonly skipped: SkippedItem[];
	/** Real path of each folder listed (or queued) to the `rel` it was listed under. */
	readonly visited: Map<string, string>;
	readonly linked: LinkedDir[];
}

/** A child of a real, normalised folder path; cheaper than `join`, which re-normalises. */
function childOf(folder: string, name: string): string {
	return folder.endsWith(sep) ? folder + name : folder + sep + name;
}

function relOf(dir: Dir, name: string): string {
	return dir.rel === '' ? name : `${dir.rel}/${name}`;
}

/** The path a file appears at under the root, as the user would name it. */
function pathOf(context: WalkContext, rel: string): string {
	return childOf(context.base, sep === '/' ? rel : rel.replaceAll('/', sep));
}

function skip(context: WalkContext, rel: string, reason: string): void {
	context.skipped.push({path: pathOf(context, rel), reason});
}

function addDir(context: WalkContext, dir: Dir, pending: Dir[]): void {
	const seen = context.visited.get(dir.real);
	if (dir.depth > context.maxDepth) skip(context, dir.rel, 'too deeply nested');
	else if (seen !== undefined) skip(context, dir.rel, `same folder as ${seen}`);
	else {
		context.visited.set(dir.real, dir.rel);
		pending.push(dir);
	}
}

/**
 * Why a call on a listed name failed. Node decodes names as UTF-8, so a name in another encoding
 * comes back with U+FFFD and then "does not exist": say what is really wrong.
 */
function failure(rel: string, error: unknown, missing = errorReason(error)): string {
	const code = (error as {code?: unknown} | null)?.code;
	if (code !== 'ENOENT') return errorReason(error);
	return rel.includes('\uFFFD') ? 'name is not valid UTF-8' : missing;
}

/** Why a listed entry is not an article file, or null when it is one. */
function fileReason(stats: Stats, maxBytes: number): string | null {
	if (!stats.isFile()) return notRegularReason(stats);
	return stats.size > maxBytes ? tooLargeReason(stats.size, maxBytes) : null;
}

function addFile(context: WalkContext, rel: string, outcome: Outcome<Stats>): void {
	const reason = outcome.ok ? fileReason(outcome.value, context.maxBytes) : failure(rel, outcome.error);
	if (!outcome.ok || reason !== null) {
		skip(context, rel, reason ?? '');
		return;
	}
	const stats = outcome.value;
	const file = {path: pathOf(context, rel), rel, size: stats.size, mtimeMs: stats.mtimeMs};
	context.files.push(file);
	context.onFile?.(file);
}

// Each file as its lstat settles, not when the folder's last one does: a cold start's first article
// is read (and drawn) without waiting for the other files of its folder, or the folders beside it.
async function statFiles(context: WalkContext, dir: Dir, names: readonly string[]): Promise<void> {
	await context.fs.lstatAll(
		names.map(name => childOf(dir.real, name)),
		(index, outcome) => addFile(context, relOf(dir, names[index]!), outcome),
	);
}

async function resolveLinks(context: WalkContext, dir: Dir, names: readonly string[]): Promise<void> {
	const reals = await context.fs.realpathAll(names.map(name => childOf(dir.real, name)));
	const inside: {name: string; real: string}[] = [];
	names.forEach((name, index) => {
		const real = reals[index]!;
		// Failures are reported only for names that could be articles or folders (see isWorthReporting).
		if (!real.ok) {
			if (isWorthReporting(name)) skip(context, relOf(dir, name), failure(relOf(dir, name), real.error, 'broken link'));
		} else if (isInside(context.rootReal, real.value, sep)) inside.push({name, real: real.value});
		else if (isWorthReporting(name)) skip(context, relOf(dir, name), 'link points outside the folder');
	});
	const stats = await context.fs.statAll(inside.map(link => link.real));
	inside.forEach(({name, real}, index) => {
		const outcome = stats[index]!;
		const rel = relOf(dir, name);
		if (outcome.ok && outcome.value.isDirectory()) {
			if (dir.depth + 1 > context.maxDepth) skip(context, rel, 'too deeply nested');
			else context.linked.push({real, rel, depth: dir.depth + 1, parentReal: dir.real});
		} else if (isArticleName(name)) addFile(context, rel, outcome);
		else if (!outcome.ok && isWorthReporting(name)) skip(context, rel, errorReason(outcome.error));
	});
}

async function listDir(context: WalkContext, dir: Dir, pending: Dir[]): Promise<void> {
	const listed = await context.fs.readdir(dir.real);
	if (!listed.ok) return skip(context, dir.rel, `cannot list folder: ${failure(dir.rel, listed.error)}`);
	const files: string[] = [];
	const links: string[] = [];
	for (const entry of listed.value) {
		const {name} = entry;
		if (isHidden(name)) continue;
		if (entry.isDirectory()) addDir(context, {real: childOf(dir.real, name), rel: relOf(dir, name), depth: dir.depth + 1}, pending);
		else if (entry.isSymbolicLink()) links.push(name);
		else if (!isArticleName(name)) continue;
		else if (entry.isFile()) files.push(name);
		else skip(context, relOf(dir, name), notRegularReason(entry));
	}
	await Promise.all([statFiles(context, dir, files), resolveLinks(context, dir, links)]);
}

/** Lists one folder into `context`, queueing its subfolders on `pending`. Never rejects. */
export async function visitDir(context: WalkContext, dir: Dir, pending: Dir[]): Promise<void> {
	try {
		await listDir(context, dir, pending);
	} catch (error) {
		skip(context, dir.rel, errorReason(error));
	}
}
