import {useSyncExternalStore} from 'react';
import {compareNames, type FeedsControl, type RefreshProgress, type SectionSummary} from '../../core/library/index.js';

const IDLE: RefreshProgress = {running: false, done: 0, total: 0, failed: 0};
const NO_ERRORS: ReadonlyMap<string, string> = new Map();
const never = (): (() => void) => () => undefined;

/** How the feeds are doing, as the App draws it: the refresh's progress and each failing section's error. */
export function useFeeds(feeds: FeedsControl | undefined): {readonly progress: RefreshProgress; readonly errors: ReadonlyMap<string, string>} {
	const progress = useSyncExternalStore(feeds?.subscribe ?? never, feeds?.progress ?? (() => IDLE));
	const errors = useSyncExternalStore(feeds?.subscribe ?? never, feeds?.sectionErrors ?? (() => NO_ERRORS));
	return {progress, errors};
}

/** The header's word on a refresh: `3/40 feeds` while it runs, then how many failed; empty when all is well. */
export function refreshLabel(progress: RefreshProgress): string {
	if (progress.running) return `${progress.done}/${progress.total} feeds`;
	return progress.failed > 0 ? `${progress.failed} failed` : '';
}

/** What the Sections screen says while the subscribed feeds have no items yet (just imported, or all failing). */
export function noItemsLines(progress: RefreshProgress): readonly string[] {
	if (progress.running) return [`Fetching your feeds… ${progress.done}/${progress.total}`];
	return ['No feed items yet.', progress.failed > 0 ? `${progress.failed} feeds failed: R tries again, a adds a feed.` : 'R fetches the feeds; a adds a feed.'];
}

/**
 * The sections with a section for each failing feed that has no items yet (a feed that never
 * fetched lists nothing), so its error still shows beside its name; in name order, as the rest.
 */
export function withFailingFeeds(summaries: readonly SectionSummary[], errors: ReadonlyMap<string, string>): readonly SectionSummary[] {
	const missing = [...errors.keys()].filter(name => !summaries.some(summary => summary.name === name));
	if (missing.length === 0) return summaries;
	return [...summaries, ...missing.map(name => ({name, total: 0, unread: 0}))].sort((a, b) => compareNames(a.name, b.name));
}
