/**
 * The reader's way out saves the first frame the next start will show, for the launcher to paint
 * before the program loads (src/runtime/early-paint.ts, docs/performance.md#early-paint): the Sections
 * screen as it will open, with this run's read marks, at the terminal's size as it is now. Stamped
 * with what it was drawn from (the article folders, the store, config.toml, the feed archive), so a
 * change to any of them keeps it from being painted.
 */
import {readdirSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {configPath} from '../../io/config/index.js';
import {defaultConfigDir} from '../../io/dirs/index.js';
import {forgetFrame, handedOver, saveFrame, stampOf} from '../../io/frame-cache/index.js';
import {feedFrameLimit, refreshMinutes} from './feed-age.js';
import {firstFrameOf, type PaintFacts} from './first-paint.js';
import {paintBytes} from './paint-bytes.js';

/** Folders stamped below each articles folder: its sections, as a library is usually laid out. */
const MAX_FOLDERS = 64;

/** What the next first frame is drawn from, and where it comes from on disk. */
export interface RememberFacts extends PaintFacts {
	/** The article folders the reader lists. */
	readonly folders: readonly string[];
	/** Whether this start's own first frame said `reading… N`: the next, from the same list cache, will too. */
	readonly scanning: boolean;
}

/**
 * The folders whose mtime changes when an article is added, removed or renamed: each articles folder
 * and the folders directly in it, up to MAX_FOLDERS. An edit deeper down, or inside a file, is not
 * seen here; the program's own first frame then corrects the painted one a moment later.
 */
function watchedFolders(folders: readonly string[]): string[] {
	const out: string[] = [];
	for (const folder of folders.map(dir => resolve(dir))) {
		out.push(folder);
		try {
			for (const entry of readdirSync(folder, {withFileTypes: true})) {
				if (out.length >= MAX_FOLDERS) break;
				if (entry.isDirectory()) out.push(join(folder, entry.name));
			}
		} catch {
			// Gone or unreadable: its stamp says so.
		}
	}
	return out;
}

/** Saves the next start's first frame, or forgets the saved one when it cannot be exact. Never throws: it runs on the way out. */
export function rememberFirstFrame(facts: RememberFacts): void {
	const early = handedOver();
	if (early === undefined || !process.stdout.isTTY) return;
	// A run that ends before its scan has listed everything (a quick look at a large library) knows no
	// more than the frame already saved, whose stamps still say whether it holds: it is left as it is.
	if (!facts.scan.finished()) return;
	try {
		// A feed reader's frame holds until the next start refreshes (feed-age.ts).
		const limit = feedFrameLimit({
			subscriptions: facts.feeds.subscriptions(),
			listings: facts.feeds.archive.held(),
			minutes: refreshMinutes(process.env, facts.config.refreshInterval),
			offline: facts.offline,
			now: Date.now(),
		});
		const frame = limit !== null ? firstFrameOf(facts, facts.scanning, true) : null;
		if (frame === null || limit === null) {
			forgetFrame(early.cacheDir, early.identity);
			return;
		}
		const size = {cols: process.stdout.columns || 80, rows: process.stdout.rows || 24};
		const paint = paintBytes(frame, size, process.env);
		const archive = facts.feeds.subscriptions().length > 0 ? [join(facts.feeds.archive.dir, 'list.json'), join(facts.feeds.archive.dir, 'feeds')] : [];
		const paths = [...watchedFolders(facts.folders), join(defaultConfigDir(), 'config.json'), configPath(), ...archive];
		saveFrame(early.cacheDir, {identity: early.identity, build: early.build, ...size, stamps: paths.map(stampOf), frame, paint, ...limit});
	} catch {
		// A frame not saved costs the next start its early paint, nothing else.
	}
}
