/**
 * The archive's files as text. A feed's file is JSON of `ArchivedFeed` with a version; the list
 * file holds only what the lists need (ids, titles, dates) for every feed, so the reader's first
 * frame reads one small file instead of every feed's text. Decoding checks every field: a damaged
 * file, or a damaged item in one, is dropped alone and never crashes the reader. Pure.
 */
import type {LocalDateTime} from '../article/index.js';
import {decodeState} from './listing.js';
import type {ArchivedFeed, ArchivedItem} from './types.js';

/** The version of both file formats this code writes. */
const ARCHIVE_VERSION = 1;

const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const KEY = /^[0-9a-z]{10}$/;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const time = (value: unknown): number | null => (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null);
const local = (value: unknown): LocalDateTime | null => (typeof value === 'string' && LOCAL.test(value) ? value : null);

/** A feed file's text. */
export function encodeFeed(feed: ArchivedFeed): string {
	return JSON.stringify({version: ARCHIVE_VERSION, ...feed});
}

function decodeFull(value: unknown): ArchivedItem['full'] {
	if (!isObject(value)) return undefined;
	const html = text(value['html']);
	if (html !== null) return {html};
	const error = text(value['error']);
	return error === null ? undefined : {error};
}

function decodeItem(value: unknown, key: string): ArchivedItem | null {
	if (!isObject(value)) return null;
	const id = text(value['id']);
	const title = text(value['title']);
	const seen = time(value['seen']);
	if (id === null || !id.startsWith(`@${key}/`) || title === null || seen === null) return null;
	const item: ArchivedItem = {
		id,
		title,
		link: text(value['link']),
		author: text(value['author']),
		published: local(value['published']),
		html: text(value['html']),
		summaryOnly: value['summaryOnly'] === true,
		seen,
		revised: value['revised'] === true,
	};
	const full = decodeFull(value['full']);
	return full ? {...item, full} : item;
}

/** A feed file read back, or why it cannot be (then the feed is fetched as new). */
export function decodeFeed(body: string): {readonly ok: true; readonly feed: ArchivedFeed} | {readonly ok: false; readonly reason: string} {
	let root: unknown;
	try {
		root = JSON.parse(body);
	} catch {
		return {ok: false, reason: 'not valid JSON'};
	}
	if (!isObject(root)) return {ok: false, reason: 'not an object'};
	if (root['version'] !== ARCHIVE_VERSION) return {ok: false, reason: `version ${String(root['version'])} is not ${ARCHIVE_VERSION}`};
	const key = text(root['key']);
	const url = text(root['url']);
	const title = text(root['title']);
	if (key === null || !KEY.test(key) || url === null || title === null) return {ok: false, reason: 'its key, URL or title is missing'};
	const items: ArchivedItem[] = [];
	for (const raw of Array.isArray(root['items']) ? root['items'] : []) {
		const item = decodeItem(raw, key);
		if (item) items.push(item);
	}
	return {ok: true, feed: {key, url, title, link: text(root['link']), state: decodeState(root['state']), items}};
}
