import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import type {Article} from '../../src/core/article/index.js';
import {parseFeedText} from '../../src/core/feeds/index.js';
import {htmlToBody} from '../../src/core/html/index.js';

const FEED = fileURLToPath(new URL('../fixtures/feeds/rich-item.xml', import.meta.url));

/** Two days after the rich item's date (UTC), far from any unit boundary of the relative date. */
export const RICH_NOW = Date.UTC(2026, 10, 26, 12);

/**
 * The one item of test/fixtures/feeds/rich-item.xml (a heading, a block quote, a nested list, a pre
 * block, an image and links) as the article model, made the way the fetcher will make it.
 */
export function richItem(): Article {
	const parsed = parseFeedText(readFileSync(FEED, 'utf8'), 'https://courier.example/feed.xml', RICH_NOW);
	if (!parsed.ok) throw new Error(parsed.reason);
	const item = parsed.feed.items[0];
	if (!item) throw new Error('no item');
	const body = htmlToBody(item.contentHtml ?? '', item.link ?? 'https://courier.example/');
	return {
		id: item.id,
		title: item.title,
		section: parsed.feed.title,
		updated: item.published,
		dateAmbiguous: false,
		...body,
		origin: {feed: parsed.feed.title, url: item.link, author: item.author, summaryOnly: false},
		related: null,
		more: null,
		problems: [],
	};
}
