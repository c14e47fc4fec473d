/**
 * The reader's first frame drawn before Ink, React and yoga are loaded: on a plain start whose list is
 * in (a warm list cache), the Sections screen is painted from it through the frame writer, and Ink's
 * first frame, diffed against it, then sends nothing (docs/performance.md#paint-first). Where the
 * painted frame could differ from Ink's (a notice, a refresh about to show in the header, an empty
 * library), nothing is painted and Ink draws the first frame as before.
 */
import {sectionOf} from '../../core/archive/index.js';
import type {ScanSession} from '../../core/library/index.js';
import type {ReadingStore} from '../../core/store/index.js';
import {localeCharset} from '../../core/terminal/index.js';
import {type FrameWriter, paintFirstFrame} from '../../io/terminal/index.js';
import {firstFrame} from '../../ui/paint/index.js';
import type {FeedsContext} from '../feeds/index.js';

/** What the painted frame is drawn from. */
export interface PaintFacts {
	readonly scan: ScanSession;
	readonly store: ReadingStore;
	readonly feeds: FeedsContext;
	/** `--offline`: no refresh will start and change the header. */
	readonly offline: boolean;
}

/** Paints the first frame when it can be exact; the writer holding it, for Ink to diff against. */
export function paintFirst({scan, store, feeds, offline}: PaintFacts): FrameWriter | undefined {
	const status = store.status();
	if (status.notices.length > 0 || status.saveError !== null) return undefined;
	// With feeds to refresh, the header may say `0/40 feeds` by Ink's first frame (a stale archive).
	const subscriptions = feeds.subscriptions();
	if (subscriptions.length > 0 && !offline) return undefined;
	const frame = firstFrame({
		articles: scan.articles(),
		scanning: !scan.finished(),
		snapshot: store.snapshot(),
		columns: process.stdout.columns || 80,
		rows: process.stdout.rows || 24,
		feedsIn: section => subscriptions.filter(feed => sectionOf(feed) === section).map(feed => feed.title),
	});
	return frame === null ? undefined : paintFirstFrame(frame, localeCharset(process.env));
}
