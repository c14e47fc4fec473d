/**
 * What the lists, `newsterm feeds` and a refresh need of every archived feed, kept in one file beside
 * the feeds' files: its title, its fetch state (validators, errors, when to try again) and its items'
 * ids, titles and dates. At 1,000 feeds the first frame reads this, not 1,000 files of HTML, and an
 * unchanged refresh (every feed a 304) touches only this file. It is rebuilt from the feeds' files
 * when missing or damaged. Pure.
 */
import type {LocalDateTime} from '../article/index.js';
import type {ArchivedFeed, FetchState} from './types.js';

/** One feed in the listing. Items are columns, newest first, index-aligned. */
export interface FeedListing {
	readonly key: string;
	readonly title: string;
	readonly state: FetchState;
	readonly ids: readonly string[];
	readonly titles: readonly string[];
	readonly dates: readonly (LocalDateTime | null)[];
}

/** The version of the listing file this code writes (1 held rows of arrays: decoding them was most of a warm start). */
const LISTING_VERSION = 2;

/** The listing of one archived feed. */
export function listingOf(feed: ArchivedFeed): FeedListing {
	return {
		key: feed.key,
		title: feed.title,
		state: feed.state,
		ids: feed.items.map(item => item.id),
		titles: feed.items.map(item => item.title),
		dates: feed.items.map(item => item.published),
	};
}

/**
 * The listing file's text. Ids and dates are each one string joined by spaces (neither holds one),
 * titles an array: JSON.parse makes three values a feed instead of fifty rows of three.
 */
export function encodeListing(feeds: Iterable<FeedListing>): string {
	const rows = [...feeds].map(feed => ({
		key: feed.key,
		title: feed.title,
		state: feed.state,
		ids: feed.ids.join(' '),
		titles: feed.titles,
		dates: feed.dates.map(date => date ?? '-').join(' '),
	}));
	return JSON.stringify({version: LISTING_VERSION, feeds: rows});
}

const KEY = /^[0-9a-z]{10}$/;
const SLUG = /^[0-9a-z]{1,13}$/;
const DATES = /^(?:-|\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?: (?:-|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}))*$/;
const STATUSES = new Set(['new', 'ok', 'error', 'gone']);

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const time = (value: unknown): number | null => (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null);

/** A fetch state read back; what is wrong in it reads as unknown, so the next fetch is a full one. */
export function decodeState(value: unknown): FetchState {
	const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
	const status = raw['status'];
	return {
		etag: text(raw['etag']),
		lastModified: text(raw['lastModified']),
		fetched: time(raw['fetched']),
		status: typeof status === 'string' && STATUSES.has(status) ? (status as FetchState['status']) : 'new',
		error: text(raw['error']),
		retryAt: time(raw['retryAt']),
		freshUntil: time(raw['freshUntil']),
	};
}

/** One feed's row, or null when any part of it is damaged (the feed is then left out, and its next fetch lists it again). */
function decodeFeedRow(raw: Record<string, unknown>): FeedListing | null {
	const {key, title, ids, titles, dates} = raw;
	if (typeof key !== 'string' || !KEY.test(key) || typeof title !== 'string' || typeof ids !== 'string' || typeof dates !== 'string') return null;
	if (!Array.isArray(titles) || !titles.every(item => typeof item === 'string')) return null;
	const idList = ids === '' ? [] : ids.split(' ');
	// Every id is this feed's, `@<key>/<slug>`: one fixed pattern and a prefix, where a pattern made
	// for each feed cost a warm start of 1,000 feeds ~40 ms in compiling alone.
	const prefix = `@${key}/`;
	if (!idList.every(id => id.startsWith(prefix) && SLUG.test(id.slice(prefix.length)))) return null;
	if (dates !== '' && !DATES.test(dates)) return null;
	const dateList = dates === '' ? [] : dates.split(' ').map(date => (date === '-' ? null : date));
	if (titles.length !== idList.length || dateList.length !== idList.length) return null;
	return {key, title, state: decodeState(raw['state']), ids: idList, titles: titles as string[], dates: dateList};
}

/** The listing read back; null when the file is damaged as a whole or of another version (then it is rebuilt). */
export function decodeListing(body: string): FeedListing[] | null {
	let root: unknown;
	try {
		root = JSON.parse(body);
	} catch {
		return null;
	}
	if (typeof root !== 'object' || root === null || (root as Record<string, unknown>)['version'] !== LISTING_VERSION) return null;
	const feeds = (root as Record<string, unknown>)['feeds'];
	if (!Array.isArray(feeds)) return null;
	const out: FeedListing[] = [];
	for (const raw of feeds) {
		const row = typeof raw === 'object' && raw !== null ? decodeFeedRow(raw as Record<string, unknown>) : null;
		if (row) out.push(row);
	}
	return out;
}
