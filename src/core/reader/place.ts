/**
 * Reading places: when an article leaves the screen, where it was left becomes a store effect, so a
 * later run reopens it at the same sentence. Recorded on leaving, never per scroll key: the store
 * writes after a pause in the keys, and a place per key would keep it busy for nothing.
 */
import {anchorAt} from '../layout/index.js';
import {samePlace} from '../store/index.js';
import type {Effect} from './plan.js';
import {top, type State} from './state.js';
import type {AppData, ViewModel} from './view-model.js';
import {maxScroll} from './viewport.js';

/**
 * The place to keep for the article `view` shows, when the state `after` a key no longer shows it (or
 * the reader is leaving). At the top nothing was read yet, and at the end it was read through: both
 * drop the place, so the headline list stops showing it in progress.
 */
export function leavingEffects(after: State, view: ViewModel, data: AppData): Effect[] {
	const screen = view.screen;
	if (screen.kind !== 'article' || !view.layout) return [];
	const next = top(after);
	if (!after.quitting && next.kind === 'article' && next.id === screen.id) return [];
	const atEnd = view.scroll >= maxScroll(view.total, view.bodyHeight);
	const place = view.scroll === 0 || atEnd ? null : anchorAt(view.layout, view.scroll);
	return samePlace(data.snapshot.places.get(screen.id) ?? null, place) ? [] : [{type: 'setPlace', id: screen.id, place}];
}
