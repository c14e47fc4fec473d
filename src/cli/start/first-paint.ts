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
import {type Config, DEFAULT_CONFIG} from '../../core/config/index.js';

/** What the painted frame is drawn from. */
export interface PaintFacts {
	readonly scan: ScanSession;
	readonly store: ReadingStore;
	readonly feeds: FeedsContext;
	/** `--offline`: no refresh will start and change the header. */
	readonly offline: boolean;
	/** config.toml's settings, and whether it has problems to tell in the footer. */
	readonly config: Config;
	readonly configProblems: boolean;
}

/**
 * Whether a first frame may be painted at all, known before the list is in: not with a store notice
 * or save error (the footer shows it), nor with feeds to refresh (the header may say `0/40 feeds` by
 * Ink's first frame). When not, the caller loads Ink at once, while the list is read.
 */
export function mayPaint({store, feeds, offline}: Omit<PaintFacts, 'scan' | 'config' | 'configProblems'>): boolean {
	return storeQuiet(store) && (offline || feeds.subscriptions().length === 0);
}

/** No store notice or save error for the footer to show. */
function storeQuiet(store: ReadingStore): boolean {
	const status = store.status();
	return status.notices.length === 0 && status.saveError === null;
}

/**
 * The first frame as Ink will draw it for `facts` at the terminal's size, or null where it cannot be
 * worked out exactly (see mayPaint and paintsAsDrawn). `scanning`: whether the header says `reading… N`.
 * `feedsQuiet`: no refresh will show in the header, which the caller may know better than mayPaint
 * (the way out knows the feeds' fetch times: cli/start/feed-age.ts).
 */
export function firstFrameOf(
	facts: PaintFacts,
	scanning: boolean = !facts.scan.finished(),
	feedsQuiet: boolean = facts.offline || facts.feeds.subscriptions().length === 0,
): string | null {
	if (!feedsQuiet || !storeQuiet(facts.store) || !paintsAsDrawn(facts)) return null;
	const subscriptions = facts.feeds.subscriptions();
	return firstFrame({
		articles: facts.scan.articles(),
		scanning,
		snapshot: facts.store.snapshot(),
		columns: process.stdout.columns || 80,
		rows: process.stdout.rows || 24,
		feedsIn: section => subscriptions.filter(feed => sectionOf(feed) === section).map(feed => feed.title),
	});
}

/**
 * Paints the first frame when it can be exact; the writer holding it, for Ink to diff against. `early`
 * holds the frame the launcher painted (io/terminal adoptEarlyFrame): the frame is diffed against it,
 * and when none can be worked out here, Ink's first frame is.
 */
export function paintFirst(facts: PaintFacts, early?: FrameWriter): FrameWriter | undefined {
	const frame = firstFrameOf(facts);
	return frame === null ? early : paintFirstFrame(frame, localeCharset(process.env), early);
}

/**
 * The painter draws the Sections screen with the default keys and the dark palette: a config.toml
 * that rebinds keys (the footer names them), picks the light palette, or has a problem to tell in the
 * footer leaves the first frame to Ink, which draws it from the settings.
 */
function paintsAsDrawn({config, configProblems}: PaintFacts): boolean {
	return !configProblems && config.commands === DEFAULT_CONFIG.commands && config.theme.background === DEFAULT_CONFIG.theme.background;
}
