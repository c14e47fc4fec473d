/**
 * What every feed command and the reader share: the archive in the data folder, the fetcher (made
 * on first use, since listing and reading never touch the network), and the articles to show.
 */
import pkg from '../../../package.json' with {type: 'json'};
import {type ArticleSource, combineSources} from '../../core/library/index.js';
import type {ReadingStore, Subscription} from '../../core/store/index.js';
import {type Archive, defaultDataDir, openArchive} from '../../io/archive/index.js';
import {createFeedSource, type FeedSource} from '../../io/feeds/index.js';
import {createFetcher, type Fetcher} from '../../io/http/index.js';

/** The feeds side of a run. */
export interface FeedsContext {
	readonly store: ReadingStore;
	readonly archive: Archive;
	readonly feedSource: FeedSource;
	/** The fetcher, made when first asked for. */
	fetcher(): Fetcher;
	/** Subscriptions in the order they were added. */
	subscriptions(): readonly Subscription[];
}

/** Opens the feeds side of a run over `store`, with the archive in the data folder (`NEWSTERM_DATA_DIR`). */
export function openFeeds(store: ReadingStore, env: NodeJS.ProcessEnv = process.env): FeedsContext {
	const archive = openArchive(defaultDataDir(env));
	// The snapshot's map is already in that order (core/store/subscriptions.ts) and the same object
	// until a subscription changes: the footer asks on every key on Sections, so the list is kept.
	let seen: ReadonlyMap<string, Subscription> | null = null;
	let list: Subscription[] = [];
	const subscriptions = (): readonly Subscription[] => {
		const feeds = store.snapshot().feeds;
		if (feeds !== seen) {
			seen = feeds;
			list = [...feeds.values()];
		}
		return list;
	};
	let fetcher: Fetcher | null = null;
	return {
		store,
		archive,
		feedSource: createFeedSource(archive, subscriptions),
		fetcher: () => (fetcher ??= createFetcher({userAgent: `newsterm/${pkg.version}`, env})),
		subscriptions,
	};
}

/**
 * The articles a run shows: the folders given with `--articles`; else the bundled samples while there
 * are no subscriptions (or with `--samples`); and every subscribed feed's archived items.
 */
export function articleSource(folders: ArticleSource, feeds: FeedsContext, options: FolderChoice): ArticleSource {
	return combineSources(showsFolders(feeds, options) ? folders : null, feeds.feedSource);
}

/** What decides whether a run shows article folders beside the feeds. */
interface FolderChoice {
	/** `--articles` was given. */
	readonly ownFolders: boolean;
	/** `--samples` was given. */
	readonly samples: boolean;
}

/** Whether the run shows folders: its own, or the samples while there are no subscriptions (or with `--samples`). */
export function showsFolders(feeds: FeedsContext, options: FolderChoice): boolean {
	return options.ownFolders || options.samples || feeds.subscriptions().length === 0;
}
