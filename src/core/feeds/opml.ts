/**
 * Subscription lists as OPML: reading one another reader exported (nested folders become
 * categories) and writing ours as OPML 2.0 with feedsmith's generator.
 */
import {type Opml, generateOpml, parseOpml} from 'feedsmith';
import {safeExternalUrl} from '../article/index.js';
import {line} from './normalize.js';
import type {OpmlOutline, OpmlResult} from './types.js';

type Outline = Opml.Outline<string>;

/** The subscriptions under `outlines`, depth first; a folder's text is its children's category. */
function collect(outlines: readonly Outline[], category: string | null, into: OpmlOutline[], seen: Set<string>): void {
	for (const outline of outlines) {
		const url = outline.xmlUrl === undefined ? null : safeExternalUrl(outline.xmlUrl.trim());
		if (url !== null && !seen.has(url)) {
			seen.add(url);
			into.push({url, title: line(outline.title) ?? line(outline.text) ?? url, category});
		}
		// Only the nearest folder names the category: `News > World > feed` is in `World`.
		if (outline.outlines) collect(outline.outlines, line(outline.text) ?? line(outline.title) ?? category, into, seen);
	}
}

/**
 * The feeds an OPML file subscribes to, in document order: each outline with an http(s)
 * `xmlUrl` (others, and repeats of a URL, are skipped), titled by its `title`, else its `text`,
 * else its URL, with the text of the folder outline around it as its category (null at the top).
 */
export function parseOpmlText(text: string): OpmlResult {
	if (text.trim() === '') return {ok: false, reason: 'empty'};
	let document: Opml.Document<string>;
	try {
		document = parseOpml(text);
	} catch {
		return {ok: false, reason: 'not an OPML file'};
	}
	const outlines: OpmlOutline[] = [];
	collect(document.body?.outlines ?? [], null, outlines, new Set());
	return {ok: true, outlines};
}

/**
 * Subscriptions as OPML 2.0 text: one folder outline per category, in the order each category
 * first appears, and the uncategorised feeds at the top level where they appear. Reading the
 * result with `parseOpmlText` gives the same list when it was grouped that way (as it returns them).
 * Null for an empty list: OPML 2.0 wants one outline or more in the body, and feedsmith refuses
 * to write an empty one, so the caller says there is nothing to export instead.
 */
export function toOpml(subscriptions: readonly OpmlOutline[], title = 'newsterm subscriptions'): string | null {
	if (subscriptions.length === 0) return null;
	const body: Outline[] = [];
	const folders = new Map<string, Outline[]>();
	for (const {url, title: name, category} of subscriptions) {
		const feed: Outline = {text: name, title: name, type: 'rss', xmlUrl: url};
		if (category === null) {
			body.push(feed);
			continue;
		}
		let folder = folders.get(category);
		if (folder === undefined) {
			folder = [];
			folders.set(category, folder);
			body.push({text: category, title: category, outlines: folder});
		}
		folder.push(feed);
	}
	return generateOpml({head: {title}, body: {outlines: body}});
}
