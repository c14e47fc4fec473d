/**
 * The reader's first frame, worked out as the App works it out (ui/app/app.tsx) for a plain start:
 * the Sections screen, no message, no refresh running, no failing feed. Anything else is not
 * painted here: the caller leaves it to Ink (docs/performance.md#paint-first).
 */
import type {ArticleMeta} from '../../core/article/index.js';
import {buildLibrary, summarize} from '../../core/library/index.js';
import {type AppData, footerHints, headerText, hintFacts, initialState, viewModel} from '../../core/reader/index.js';
import type {StoreSnapshot} from '../../core/store/index.js';
import {sectionsFrame} from './sections-frame.js';

/** What the first frame is drawn from: the scan's list so far and the store as it stands. */
interface FirstFrameFacts {
	readonly articles: readonly ArticleMeta[];
	/** Whether the scan is still listing (the header then says `reading… N`). */
	readonly scanning: boolean;
	readonly snapshot: StoreSnapshot;
	readonly columns: number;
	readonly rows: number;
	/** The feeds' titles by section, as the feeds control answers it; absent without feeds. */
	readonly feedsIn?: (section: string) => readonly string[];
}

const NO_BODIES = {get: () => undefined};

/**
 * The frame Ink's first render of the App will write for `facts`, or null when the first frame is not
 * a list of sections (an empty library, still reading) or would not fit.
 */
export function firstFrame(facts: FirstFrameFacts): string | null {
	if (facts.articles.length === 0) return null;
	const library = buildLibrary(facts.articles);
	const summaries = summarize(library, id => facts.snapshot.read.has(id));
	const data: AppData = {
		library,
		summaries: () => summaries,
		snapshot: facts.snapshot,
		bodies: NO_BODIES,
		columns: facts.columns,
		rows: facts.rows,
		now: Date.now(),
		...(facts.feedsIn ? {feedsIn: facts.feedsIn} : {}),
	};
	const view = viewModel(initialState, data);
	if (view.screen.kind !== 'sections' || view.pos === null) return null;
	const header = headerText(initialState, view);
	return sectionsFrame({
		columns: facts.columns,
		rows: facts.rows,
		location: header.location,
		position: facts.scanning ? `reading… ${facts.articles.length}` : header.position,
		summaries,
		unreadRow: view.unreadRow,
		pos: view.pos,
		bodyHeight: view.bodyHeight,
		hints: footerHints(hintFacts(initialState, data, view), facts.columns),
	});
}
