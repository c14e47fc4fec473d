/** `newsterm add <url> [--section NAME]`: subscribe to a feed, or to the first feed a page names. */
import {plural, sanitizeText} from '../../core/text/index.js';
import {addFeed} from '../../io/feeds/index.js';
import type {FeedsContext} from './context.js';
import {failWith, type Streams} from './streams.js';

/**
 * Adds the feed at `input` under `section`, printing `Added <title> (<n> items)` and, for a page
 * naming several feeds, the others (each can be added by its URL). Exit 1 with the reason when
 * nothing was added: a duplicate, an HTTP status, a timeout, text that is not a feed.
 */
export async function addCommand(input: string, section: string | null, feeds: FeedsContext, io: Streams, now: () => number = Date.now): Promise<number> {
	const added = await addFeed(input, section, {fetcher: feeds.fetcher(), archive: feeds.archive, store: feeds.store, now: now()});
	if (!added.ok) return failWith(io, `could not add ${sanitizeText(input)}: ${added.reason}`, 1);
	const {subscription, items, others} = added;
	const under = subscription.section === null ? '' : ` under ${subscription.section}`;
	let text = `Added ${subscription.title} (${plural(items, 'item')})${under}\n`;
	if (others.length > 0) {
		// Only the first is subscribed: a site's comment or per-tag feeds are rarely what was meant.
		const urls = others.map(url => `  ${sanitizeText(url)}\n`).join('');
		text += `The page also names ${plural(others.length, 'other feed')}; add one with newsterm add <url>:\n${urls}`;
	}
	await io.out(text);
	return 0;
}
