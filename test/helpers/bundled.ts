import {readdirSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {buildTitleIndex, resolveLinks} from '../../src/core/article/links.js';
import {localToEpoch} from '../../src/core/article/dates.js';
import {metaOf, parseArticle} from '../../src/core/article/parse.js';
import type {Article} from '../../src/core/article/types.js';

/** The bundled articles folder, found from this file rather than the working directory. */
const ARTICLES_DIR = fileURLToPath(new URL('../../articles/', import.meta.url));

/** The seed article's id. */
export const SEED_ID = 'world/us-not-there-yet';

/**
 * The fixed "now" of every test that shows relative dates. It is a local wall-clock time, like the
 * articles' own dates, so "8 months ago" reads the same in every time zone.
 */
export const NOW = localToEpoch('2026-11-26T00:00');

/** Raw text of a bundled article by id. */
export function articleText(id: string): string {
	return readFileSync(`${ARTICLES_DIR}${id}.txt`, 'utf8');
}

/** Every bundled article id, sorted (`section-folder/slug`). */
export function bundledIds(): string[] {
	const ids: string[] = [];
	for (const entry of readdirSync(ARTICLES_DIR, {withFileTypes: true})) {
		if (!entry.isDirectory()) continue;
		for (const file of readdirSync(`${ARTICLES_DIR}${entry.name}`)) {
			if (file.endsWith('.txt')) ids.push(`${entry.name}/${file.slice(0, -4)}`);
		}
	}
	return ids.sort();
}

/** Parses one bundled article the way the folder source does (folder name as fallback section). */
export function parseBundled(id: string): Article {
	return parseArticle(articleText(id), {id, folder: id.split('/')[0]});
}

let cache: ReadonlyMap<string, Article> | null = null;

/** Every bundled article, parsed and with its links resolved against the whole bundled library. */
export function bundledLibrary(): ReadonlyMap<string, Article> {
	if (cache) return cache;
	const parsed = bundledIds().map(parseBundled);
	const index = buildTitleIndex(parsed.map(metaOf));
	cache = new Map(parsed.map(article => [article.id, resolveLinks(article, index)]));
	return cache;
}

/** One resolved bundled article; throws when the id is not bundled, so a typo fails loudly. */
export function bundled(id: string): Article {
	const article = bundledLibrary().get(id);
	if (!article) throw new Error(`no bundled article ${id}`);
	return article;
}
