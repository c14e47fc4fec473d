/** `newsterm remove <url | title words>`: end a subscription; its items' read marks and bookmarks stay. */
import {plural, pluralWord} from '../../core/text/index.js';
import type {Subscription} from '../../core/store/index.js';
import type {FeedsContext} from './context.js';
import {failWith, type Streams} from './streams.js';

/** The subscription a query names, or the message and exit status for why not: 1 for none, 2 for several. */
function matchFeed(feeds: readonly Subscription[], query: string): Subscription | {readonly message: string; readonly code: number} {
	const wanted = query.trim();
	const lower = wanted.toLowerCase();
	// Exact names first, so a title that is also a word of another feed's title still picks its own.
	const exact = feeds.filter(feed => feed.url === wanted || feed.key === wanted || feed.title.toLowerCase() === lower);
	const words = lower.split(/\s+/).filter(word => word !== '');
	const found =
		exact.length > 0 || words.length === 0
			? exact
			: feeds.filter(feed => words.every(word => feed.title.toLowerCase().includes(word) || feed.url.toLowerCase().includes(word)));
	const [only] = found;
	if (found.length === 1 && only) return only;
	if (found.length === 0) return {message: `no feed matches "${query}" (newsterm feeds lists them)`, code: 1};
	const rows = found.map(feed => `  ${feed.title}  ${feed.url}`).join('\n');
	return {message: `"${query}" matches ${found.length} feeds; name one by its URL:\n${rows}`, code: 2};
}

/** Ends the subscription `query` names and says so, with how many of its bookmarks stay. */
export async function removeCommand(query: string, feeds: FeedsContext, io: Streams): Promise<number> {
	const matched = matchFeed(feeds.subscriptions(), query);
	if ('code' in matched) return failWith(io, matched.message, matched.code);
	feeds.store.removeFeed(matched.key);
	const prefix = `@${matched.key}/`;
	const kept = [...feeds.store.snapshot().bookmarks.keys()].filter(id => id.startsWith(prefix)).length;
	await io.out(`Removed ${matched.title} (${matched.url})${kept > 0 ? `; ${plural(kept, 'bookmark')} of it ${pluralWord(kept, 'stays', 'stay')}` : ''}\n`);
	return 0;
}
