import {type Dispatch, type SetStateAction, useCallback} from 'react';
import type {Bookmark} from '../../core/article/index.js';
import type {BodyLoader, FeedsControl} from '../../core/library/index.js';
import {type Effect, type Platform, type PlatformAnswer, teaserOf} from '../../core/reader/index.js';
import type {ReadingStore} from '../../core/store/index.js';

/** A footer message; `change` marks the answer to a change of read marks or bookmarks. */
export type Message = {readonly text: string; readonly error: boolean; readonly change?: boolean; readonly link?: string} | null;

/** A platform answer as a footer message, with the URL it names when there is one. */
const messageOf = (answer: PlatformAnswer): Message => ({text: answer.message, error: !answer.ok, ...(answer.link ? {link: answer.link} : {})});

/** What performing effects reaches: the store, the body loader, the platform, and the App's own state. */
export interface PerformDeps {
	readonly store: ReadingStore;
	readonly bodies: BodyLoader;
	readonly platform: Platform | undefined;
	readonly feeds: FeedsControl | undefined;
	/** Redraws after a store change. */
	readonly bumpStore: () => void;
	readonly setMessage: Dispatch<SetStateAction<Message>>;
}

/**
 * Performs the update loop's effects (core/reader/update.ts): store writes, footer notices, and what
 * the platform does (a repaint, a suspend, the browser, the clipboard, a saved file). `change` says the notice answers a change of marks.
 */
export function usePerform({store, bodies, platform, feeds, bumpStore, setMessage}: PerformDeps): (effect: Effect, change?: boolean) => void {
	// A bookmark made from a list has no body at hand: read it once to complete the snapshot.
	const fillTeaser = useCallback(
		(bookmark: Bookmark): void => {
			void bodies.request(bookmark.id).then(load => {
				if (load.status !== 'ok' || !store.snapshot().bookmarks.has(bookmark.id)) return;
				const teaser = teaserOf(load.article);
				if (teaser === '') return;
				store.putBookmark({...bookmark, teaser});
				bumpStore();
			});
		},
		[bodies, store, bumpStore],
	);
	return useCallback(
		(effect: Effect, change = false): void => {
			switch (effect.type) {
				case 'setRead':
					store.setRead(effect.id, effect.read);
					bumpStore();
					break;
				case 'setReadMany':
					for (const id of effect.ids) store.setRead(id, effect.read);
					bumpStore();
					break;
				case 'setBookmark':
					if (effect.bookmark) store.putBookmark(effect.bookmark);
					else store.removeBookmark(effect.id);
					bumpStore();
					if (effect.bookmark?.teaser === '') fillTeaser(effect.bookmark);
					break;
				case 'setPlace':
					store.setPlace(effect.id, effect.place);
					bumpStore();
					break;
				case 'notify':
					setMessage({text: effect.message, error: false, change});
					break;
				case 'redraw':
					platform?.redraw();
					break;
				case 'suspend':
					platform?.suspend();
					break;
				case 'refresh': {
					const refused = feeds ? feeds.refresh() : 'No feeds to refresh: a adds one';
					if (refused) setMessage({text: refused, error: false});
					break;
				}
				case 'openLink':
					if (!platform) break;
					void platform.openLink(effect.url).then(answer => setMessage(messageOf(answer)));
					break;
				case 'copy': {
					if (!platform) break;
					setMessage(messageOf(platform.copy(effect.text, effect.what)));
					break;
				}
				case 'save':
					if (!platform?.save) break;
					void platform.save(effect.title, effect.markdown).then(answer => setMessage({text: answer.message, error: !answer.ok}));
					break;
				case 'readerMode':
					if (!feeds) break;
					setMessage({text: 'Fetching the page…', error: false});
					void feeds.readerMode(effect.id).then(answer => setMessage(answer.ok ? {text: answer.message, error: false} : {text: answer.reason, error: true}));
					break;
			}
		},
		[store, platform, feeds, fillTeaser, bumpStore, setMessage],
	);
}
