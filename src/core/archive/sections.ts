/**
 * Which section each feed lists under, and the listing as the library's articles. A feed is its
 * own section, named by its title unless the user chose a section (`--section`, an OPML category),
 * which several feeds may share. Pure.
 */
import type {ArticleMeta} from '../article/index.js';
import type {Subscription} from '../store/index.js';
import type {FeedListing} from './listing.js';

/** The section a subscription's items list under (a refresh keeps the subscription's title the feed's own). */
export function sectionOf(feed: Subscription): string {
	return feed.section ?? feed.title;
}

/** The articles of every subscribed feed, in subscription order; archives of feeds no longer subscribed are left out. */
export function feedArticles(feeds: Iterable<Subscription>, listings: ReadonlyMap<string, FeedListing>): ArticleMeta[] {
	const out: ArticleMeta[] = [];
	for (const feed of feeds) {
		const listing = listings.get(feed.key);
		if (!listing) continue;
		const section = sectionOf(feed);
		const {ids, titles, dates} = listing;
		for (let i = 0; i < ids.length; i++) out.push({id: ids[i] ?? '', title: titles[i] ?? '', section, updated: dates[i] ?? null, dateAmbiguous: false});
	}
	return out;
}
