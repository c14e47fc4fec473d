/**
 * An archived feed item as an article: the same model the bundled text files give, so every
 * screen, key, quote highlight, "More from" link, read mark and bookmark works on it unchanged.
 * Pure; the HTML is read into blocks here, when the item is opened, never while listing.
 */
import type {Article, MoreItem} from '../article/index.js';
import {htmlToBody} from '../html/index.js';
import type {ArchivedFeed, ArchivedItem} from '../archive/index.js';

/** How many of the feed's other items the foot of an item offers, nearest first. */
const MORE_ITEMS = 5;
/** How long a "More from" teaser may be, in characters. */
const TEASER_CHARS = 140;

/** The first words of an item's text, for a "More from" entry. */
function teaserOf(item: ArchivedItem, base: string): string {
	if (!item.html) return '';
	const body = htmlToBody(item.html, base);
	// A heading or an image says less about the item than its first paragraph.
	const prose = body.paragraphs.find((text, i) => body.blocks[i]?.kind === 'paragraph' && text.trim() !== '');
	const first = prose ?? body.paragraphs.find(text => text.trim() !== '') ?? '';
	if (first.length <= TEASER_CHARS) return first;
	const cut = first.lastIndexOf(' ', TEASER_CHARS);
	return `${first.slice(0, cut > TEASER_CHARS / 2 ? cut : TEASER_CHARS)}…`;
}

/** The feed's items nearest to the one at `index`: the next older first, then the next newer, alternating. */
function nearest(feed: ArchivedFeed, index: number): ArchivedItem[] {
	const out: ArchivedItem[] = [];
	for (let step = 1; out.length < MORE_ITEMS && step < feed.items.length; step++) {
		for (const at of [index + step, index - step]) {
			const item = feed.items[at];
			if (item && out.length < MORE_ITEMS) out.push(item);
		}
	}
	return out;
}

/** The article for `feed`'s item `id` under `section`, or null when the archive does not hold it. */
export function itemArticle(feed: ArchivedFeed, id: string, section: string): Article | null {
	const index = feed.items.findIndex(item => item.id === id);
	const item = feed.items[index];
	if (!item) return null;
	const base = item.link ?? feed.url;
	const full = item.full && 'html' in item.full ? item.full.html : null;
	const body = htmlToBody(full ?? item.html ?? '', base);
	const more: MoreItem[] = nearest(feed, index).map(other => ({title: other.title, id: other.id, teaser: teaserOf(other, other.link ?? feed.url)}));
	const fullError = item.full && 'error' in item.full ? item.full.error : undefined;
	return {
		id: item.id,
		title: item.title,
		section,
		updated: item.published,
		dateAmbiguous: false,
		paragraphs: body.paragraphs,
		quotes: body.quotes,
		blocks: body.blocks,
		links: body.links,
		related: null,
		more: more.length > 0 ? {section: feed.title, items: more} : null,
		problems: [],
		origin: {
			feed: feed.title,
			url: item.link,
			author: item.author,
			summaryOnly: item.summaryOnly,
			full: full !== null,
			...(fullError === undefined ? {} : {fullError}),
			...(item.revised ? {revised: true} : {}),
		},
	};
}
