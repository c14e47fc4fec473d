import {type FSWatcher, watch} from 'node:fs';

/** How long changes must pause before the folders are listed again: saving a file is often several events. */
const SETTLE_MS = 200;
/** Where the system cannot watch a folder tree, how often it is listed again instead (a warm listing reads no unchanged file). */
const POLL_MS = 5000;

/**
 * Calls `onChange` after files under `dirs` are added, removed or edited, once changes pause. Uses
 * recursive `fs.watch` where the platform has it (macOS, Windows, Linux from Node 20) and falls back
 * to listing again every POLL_MS where it throws. Nothing here keeps the process alive. Returns a stop.
 */
export function watchFolders(dirs: readonly string[], onChange: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const changed = (): void => {
		clearTimeout(timer);
		timer = setTimeout(onChange, SETTLE_MS);
		timer.unref();
	};
	const watchers: FSWatcher[] = [];
	let poll: ReturnType<typeof setInterval> | undefined;
	const fallBack = (): void => {
		if (poll) return;
		poll = setInterval(onChange, POLL_MS);
		poll.unref();
	};
	for (const dir of dirs) {
		try {
			const watcher = watch(dir, {recursive: true, persistent: false}, changed);
			// A watched folder that goes away (or a watch limit reached) ends the events: poll instead.
			watcher.on('error', () => {
				watcher.close();
				fallBack();
			});
			watchers.push(watcher);
		} catch {
			fallBack();
		}
	}
	return () => {
		clearTimeout(timer);
		clearInterval(poll);
		for (const watcher of watchers) watcher.close();
	};
}
