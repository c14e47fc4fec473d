import {type FSWatcher, watch} from 'node:fs';
import {readdir, stat} from 'node:fs/promises';
import {join} from 'node:path';

/** How long changes must pause before the folders are listed again: saving a file is often several events. */
const SETTLE_MS = 200;
/** The longest changes that never pause put the listing off: a tool writing all the time must not hide them all. */
const MAX_WAIT_MS = 1000;
/** Where folders cannot be watched, how often they are listed again instead (a warm listing reads no unchanged file). */
const POLL_MS = 5000;
/** More folders than this are listed on a timer instead of watched one by one. */
const MAX_WATCHED_FOLDERS = 2000;
/**
 * Where `fs.watch` follows a tree natively. Node 20 on Linux emulates `recursive` by walking the tree
 * synchronously and watching every file, which blocks the reader on a large library
 * (docs/performance.md#folder-watch); there each folder is watched on its own instead.
 */
const NATIVE_RECURSIVE = process.platform === 'darwin' || process.platform === 'win32';

/** The folders under `root`, itself first, without following links; null past `limit`. */
async function foldersUnder(root: string, limit: number): Promise<string[] | null> {
	const found = [root];
	for (let i = 0; i < found.length; i++) {
		const dir = found[i] ?? root;
		const entries = await readdir(dir, {withFileTypes: true}).catch(() => []);
		for (const entry of entries) if (entry.isDirectory()) found.push(join(dir, entry.name));
		if (found.length > limit) return null;
	}
	return found;
}

/** A folder watch: `ready` once every folder is watched (changes before then are the first listing's), and its stop. */
export interface FolderWatch {
	readonly ready: Promise<void>;
	/**
	 * Whether a watched folder's entries changed since `time` (its mtime moves when a file is added,
	 * removed or renamed in it): a few stats, where listing every file again would cost the keys a
	 * long pause at 10,000 articles. True where folders are not watched one by one.
	 */
	changedSince(time: number): Promise<boolean>;
	stop(): void;
}

/**
 * Calls `onChange` after files under `dirs` are added, removed or edited, once changes pause (at
 * most MAX_WAIT_MS). Watches each tree natively where the platform can, else every folder in it (new
 * folders join when a change settles), and lists again every POLL_MS where watching fails or the
 * folders are too many. Nothing here keeps the process alive.
 */
export function watchFolders(dirs: readonly string[], onChange: () => void): FolderWatch {
	const watchers = new Map<string, FSWatcher>();
	let timer: ReturnType<typeof setTimeout> | undefined;
	let poll: ReturnType<typeof setInterval> | undefined;
	let stopped = false;
	const fallBack = (): void => {
		if (poll || stopped) return;
		poll = setInterval(onChange, POLL_MS);
		poll.unref();
	};
	const follow = (path: string, recursive: boolean): void => {
		if (watchers.has(path) || stopped) return;
		try {
			const watcher = watch(path, {recursive, persistent: false}, changed);
			// A watched folder that goes away ends its events; one that fails otherwise (a watch limit) cannot be trusted.
			watcher.on('error', () => {
				watcher.close();
				watchers.delete(path);
			});
			watchers.set(path, watcher);
		} catch {
			fallBack();
		}
	};
	const followAll = async (): Promise<void> => {
		for (const dir of dirs) {
			if (NATIVE_RECURSIVE) follow(dir, true);
			else {
				const folders = await foldersUnder(dir, MAX_WATCHED_FOLDERS);
				if (folders === null) fallBack();
				else for (const folder of folders) follow(folder, false);
			}
		}
	};
	let pendingSince: number | null = null;
	function changed(): void {
		const now = Date.now();
		pendingSince ??= now;
		if (timer !== undefined && now - pendingSince >= MAX_WAIT_MS) return;
		clearTimeout(timer);
		timer = setTimeout(() => {
			timer = undefined;
			pendingSince = null;
			void followAll().then(() => {
				if (!stopped) onChange();
			});
		}, SETTLE_MS);
		timer.unref();
	}
	return {
		ready: followAll(),
		async changedSince(time) {
			if (NATIVE_RECURSIVE || poll !== undefined) return true;
			// A second of slack: file systems keep mtimes at coarser steps than the clock.
			const times = await Promise.all(
				[...watchers.keys()].map(path =>
					stat(path).then(
						s => s.mtimeMs,
						() => Number.POSITIVE_INFINITY,
					),
				),
			);
			return times.some(mtime => mtime >= time - 1000);
		},
		stop() {
			stopped = true;
			clearTimeout(timer);
			clearInterval(poll);
			for (const watcher of watchers.values()) watcher.close();
		},
	};
}
