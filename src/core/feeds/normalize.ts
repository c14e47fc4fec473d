/**
 * From a `RawFeed` of any format to the checked model: every string sanitized once, links
 * resolved and kept only when http(s), dates read into local time, ids made, duplicates dropped,
 * titles filled in, items newest first.
 */
import {feedItemId, safeExternalUrl} from '../article/index.js';
import {sanitizeText} from '../text/index.js';
import {feedDate} from './dates.js';
import {plainText} from './formats.js';
import type {FeedDoc, FeedItem, RawFeed, RawItem} from './types.js';

/** How many words of the summary stand in for a missing title. */
const FALLBACK_WORDS = 8;

/** The title of an item that has none and no text to borrow one from. */
const UNTITLED = '(untitled)';

/** One line of safe text (runs of white space made one space), or null when nothing is left. */
export function line(text: string | undefined): string | null {
	if (text === undefined) return null;
	const cleaned = sanitizeText(text.replace(/[\t\n\r ]+/g, ' ').trim());
	return cleaned === '' ? null : cleaned;
}

/** Safe HTML text (still HTML), or null when empty. */
function html(text: string | undefined): string | null {
	return text === undefined || text.trim() === '' ? null : sanitizeText(text);
}

/** `href` resolved against `base`, kept only when it is a plain http(s) address. */
function safeLink(href: string | undefined, base: string): string | null {
	if (href === undefined || href.trim() === '') return null;
	try {
		return safeExternalUrl(new URL(href.trim(), base).href);
	} catch {
		return null;
	}
}

/** The first words of the summary (else the content) with `…`, or `(untitled)`. */
function fallbackTitle(item: RawItem): string {
	const words = plainText(item.summaryHtml ?? item.contentHtml ?? '')
		.split(' ')
		.filter(Boolean);
	if (words.length === 0) return UNTITLED;
	const shown = words.slice(0, FALLBACK_WORDS).join(' ');
	return line(words.length > FALLBACK_WORDS ? `${shown}…` : shown) ?? UNTITLED;
}

interface Dated {
	readonly item: FeedItem;
	readonly epoch: number | null;
}

function normalizeItem(raw: RawItem, feedUrl: string, now: number): Dated {
	const guid = line(raw.guid);
	const link = safeLink(raw.link, raw.base);
	const title = line(raw.title);
	const date = feedDate(raw.date, now);
	const item: FeedItem = {
		id: feedItemId(feedUrl, {guid, link, title, date: raw.date?.trim() ?? null}),
		guid,
		link,
		title: title ?? fallbackTitle(raw),
		author: line(raw.author),
		published: date?.local ?? null,
		contentHtml: html(raw.contentHtml),
		summaryHtml: html(raw.summaryHtml),
	};
	return {item, epoch: date?.epoch ?? null};
}

/** Newest first; undated items after the dated ones, in feed order (the sort is stable). */
function newestFirst(a: Dated, b: Dated): number {
	if (a.epoch === null || b.epoch === null) return (a.epoch === null ? 1 : 0) - (b.epoch === null ? 1 : 0);
	return b.epoch - a.epoch;
}

/** The host name of a URL, for a feed without a title; the URL itself when it has none. */
function hostOf(url: string): string {
	try {
		return sanitizeText(new URL(url).hostname) || sanitizeText(url);
	} catch {
		return sanitizeText(url);
	}
}

/**
 * The checked feed. Items with the same id (the same guid, or without guids the same link, or
 * title and date) are one item: the first in the document is kept, as the feed lists it first.
 */
export function normalizeFeed(raw: RawFeed, feedUrl: string, now: number): FeedDoc {
	const seen = new Set<string>();
	const items: Dated[] = [];
	for (const rawItem of raw.items) {
		const dated = normalizeItem(rawItem, feedUrl, now);
		if (seen.has(dated.item.id)) continue;
		seen.add(dated.item.id);
		items.push(dated);
	}
	const link = safeLink(raw.link, raw.base);
	const title = line(raw.title) ?? hostOf(link ?? feedUrl);
	return {title, link, items: items.sort(newestFirst).map(dated => dated.item)};
}
