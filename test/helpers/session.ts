import {resolveKey, type CommandId} from '../../src/core/reader/commands.js';
import {plan, type Step} from '../../src/core/reader/plan.js';
import {buildLibrary, summarize} from '../../src/core/library/library.js';
import {metaOf} from '../../src/core/article/parse.js';
import {initialState, reduce, top, type State} from '../../src/core/reader/state.js';
import type {StoreSnapshot} from '../../src/core/store/reading-store.js';
import type {Article, Bookmark} from '../../src/core/article/types.js';
import type {ArticleLoad} from '../../src/core/library/bodies.js';
import {commandContext, viewModel, type AppData, type ViewModel} from '../../src/core/reader/view-model.js';
import {NOW} from './bundled.js';

/**
 * The app's loop without Ink: derive the view model, plan a command from it, apply the steps.
 * Navigation steps go through the reducer; read marks and bookmarks change an in-memory snapshot,
 * as the app's store would. Tests send commands straight in and inspect the state.
 */
export class Session {
	state: State = initialState;
	data: AppData;
	readonly notices: string[] = [];
	exited = false;
	/** Full repaints asked for (Ctrl+L). */
	redraws = 0;

	constructor(articles: readonly Article[], size: {readonly columns: number; readonly rows: number}) {
		const library = buildLibrary(articles.map(metaOf));
		const bodies = new Map<string, ArticleLoad>(articles.map(article => [article.id, {status: 'ok', article}]));
		const snapshot: StoreSnapshot = {read: new Set(), bookmarks: new Map()};
		this.data = {library, summaries: () => summarize(library, () => false), snapshot, bodies, ...size, now: NOW};
	}

	view(): ViewModel {
		return viewModel(this.state, this.data);
	}

	/** Runs one command and returns the steps it planned. */
	run(command: CommandId, digit?: number): Step[] {
		const steps = plan(command, commandContext(this.state, this.data, this.view()), digit);
		for (const step of steps) this.apply(step);
		return steps;
	}

	/** Runs the command a key name is bound to on the current screen; unbound keys do nothing. */
	key(name: string): Step[] {
		const resolved = resolveKey(name, top(this.state).kind);
		return resolved ? this.run(resolved.command, resolved.digit) : [];
	}

	/** Marks articles read, as an earlier session would have. */
	markRead(...ids: string[]): void {
		for (const id of ids) this.setRead(id, true);
	}

	private apply(step: Step): void {
		switch (step.type) {
			case 'setRead': return this.setRead(step.id, step.read);
			case 'setBookmark': return this.setBookmark(step.id, step.bookmark);
			case 'notify': this.notices.push(step.message); return;
			case 'exit': this.exited = true; return;
			case 'redraw': this.redraws++; return;
			default: this.state = reduce(this.state, step);
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
		id, title: `Title ${id}`, section, updated: `2024-01-${String(day).padStart(2, '0')}T12:00`, dateAmbiguous: false,
		paragraphs, quotes: paragraphs.map(() => []), related: null, more: null, problems: [],
	};
}
