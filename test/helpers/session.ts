import {buildLibrary, summarize} from '../../src/core/library/library.js';
import type {ArticleLoad} from '../../src/core/library/bodies.js';
import {metaOf} from '../../src/core/article/parse.js';
import type {Effect} from '../../src/core/reader/plan.js';
import {initialState, type State} from '../../src/core/reader/state.js';
import {update} from '../../src/core/reader/update.js';
import type {StoreSnapshot} from '../../src/core/store/reading-store.js';
import type {Article, Bookmark} from '../../src/core/article/types.js';
import {viewModel, type AppData, type ViewModel} from '../../src/core/reader/view-model.js';
import {NOW} from './bundled.js';

/**
 * The reader without Ink: each key goes through the app's own update loop (core/reader/update.ts),
 * and its effects change an in-memory snapshot as the app's store would. Tests send keys and inspect
 * the state.
 */
export class Session {
	state: State = initialState;
	data: AppData;
	readonly notices: string[] = [];
	/** Full repaints asked for (Ctrl+L). */
	redraws = 0;
	/** Suspends asked for (Ctrl+Z). */
	suspends = 0;

	constructor(articles: readonly Article[], size: {readonly columns: number; readonly rows: number}) {
		const library = buildLibrary(articles.map(metaOf));
		const bodies = new Map<string, ArticleLoad>(articles.map(article => [article.id, {status: 'ok', article}]));
		const snapshot: StoreSnapshot = {read: new Set(), bookmarks: new Map(), places: new Map(), feeds: new Map()};
		this.data = {library, summaries: () => summarize(library, () => false), snapshot, bodies, ...size, now: NOW};
	}

	/** Whether the reader is leaving. */
	get exited(): boolean {
		return this.state.quitting;
	}

	view(): ViewModel {
		return viewModel(this.state, this.data);
	}

	/** Sends one key name; returns the effects it had (none for an unbound key). */
	key(name: string): readonly Effect[] {
		const result = update(this.state, this.data, name);
		if (!result) return [];
		this.state = result.state;
		for (const effect of result.effects) this.perform(effect);
		return result.effects;
	}

	/** Marks articles read, as an earlier session would have. */
	markRead(...ids: string[]): void {
		for (const id of ids) this.setRead(id, true);
	}

	private perform(effect: Effect): void {
		switch (effect.type) {
			case 'setRead':
				this.setRead(effect.id, effect.read);
				return;
			case 'setReadMany':
				for (const id of effect.ids) this.setRead(id, effect.read);
				return;
			case 'setBookmark':
				this.setBookmark(effect.id, effect.bookmark);
				return;
			case 'setPlace': {
				const places = new Map(this.data.snapshot.places);
				if (effect.place) places.set(effect.id, effect.place);
				else places.delete(effect.id);
				this.data = {...this.data, snapshot: {...this.data.snapshot, places}};
				return;
			}
			case 'notify':
				this.notices.push(effect.message);
				return;
			case 'redraw':
				this.redraws++;
				return;
			case 'suspend':
				this.suspends++;
				return;
		}
	}

	private setRead(id: string, read: boolean): void {
		const next = new Set(this.data.snapshot.read);
		if (read) next.add(id);
		else next.delete(id);
		this.data = {...this.data, snapshot: {...this.data.snapshot, read: next}};
	}

	private setBookmark(id: string, bookmark: Bookmark | null): void {
		const next = new Map(this.data.snapshot.bookmarks);
		if (bookmark) next.set(id, bookmark);
		else next.delete(id);
		this.data = {...this.data, snapshot: {...this.data.snapshot, bookmarks: next}};
	}
}

/** A small synthetic article; `day` orders it (higher is newer). */
export function makeArticle(id: string, section: string, day: number, paragraphs: readonly string[] = [`Body of ${id}.`]): Article {
	return {
		id,
		title: `Title ${id}`,
		section,
		updated: `2024-01-${String(day).padStart(2, '0')}T12:00`,
		dateAmbiguous: false,
		paragraphs,
		quotes: paragraphs.map(() => []),
		related: null,
		more: null,
		problems: [],
	};
}
