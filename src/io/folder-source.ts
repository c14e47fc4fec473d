import {basename, dirname} from 'node:path';
import {buildTitleIndex, resolveLinks, type TitleIndex} from '../core/links.js';
import {metaOf, parseArticle} from '../core/parse-article.js';
import {sanitizeText} from '../core/sanitize.js';
import type {ArticleSource, OpenResult, ScanResult, SkippedItem} from '../core/source.js';
import type {ArticleMeta} from '../core/types.js';
import {readTextFile} from './read-text.js';
import {walkArticleFiles} from './walk.js';

/** Files bigger than this are skipped: no article is 5 MB, and a device or a log file must not be read whole. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

interface Located {
	readonly path: string;
	readonly root: string;
}

/** The id of a file: its path relative to the root, `/`-separated, without `.txt`. */
export function idFor(rel: string): string {
	return rel.replace(/\\/g, '/').replace(/\.txt$/i, '');
}

function folderOf(id: string): string | undefined {
	const folder = dirname(id);
	return folder === '.' ? undefined : basename(folder);
}

/**
 * Articles from one or more folders. Each file is read through the safe reader (regular files only,
 * size cap, any encoding), sanitized once, then parsed; an id seen in an earlier folder wins.
 */
export function createFolderSource(roots: readonly string[]): ArticleSource {
	const located = new Map<string, Located>();
	let index: TitleIndex = buildTitleIndex([]);

	async function load(id: string, where: Located): Promise<OpenResult> {
		const read = await readTextFile(where.path, {maxBytes: MAX_ARTICLE_BYTES, root: where.root});
		if (!read.ok) return {ok: false, error: read.reason};
		return {ok: true, article: parseArticle(sanitizeText(read.text), {id, folder: folderOf(id)})};
	}

	return {
		async scan(onBatch): Promise<ScanResult> {
			const articles: ArticleMeta[] = [];
			const skipped: SkippedItem[] = [];
			const seen = new Map<string, string>();
			for (const root of roots) {
				const walk = await walkArticleFiles(root, {maxBytes: MAX_ARTICLE_BYTES});
				skipped.push(...walk.skipped);
				const batch: ArticleMeta[] = [];
				for (const file of walk.files) {
					const id = sanitizeText(idFor(file.rel));
					const earlier = seen.get(id);
					if (earlier !== undefined) {
						skipped.push({path: file.path, reason: `same id as ${earlier}`});
						continue;
					}
					seen.set(id, file.path);
					const where = {path: file.path, root};
					const result = await load(id, where);
					if (!result.ok) {
						skipped.push({path: file.path, reason: result.error});
						continue;
					}
					located.set(id, where);
					batch.push(metaOf(result.article));
				}
				articles.push(...batch);
				onBatch?.(batch);
			}
			index = buildTitleIndex(articles);
			return {articles, skipped};
		},
		async open(id) {
			const where = located.get(id);
			if (!where) return {ok: false, error: `no article with id "${id}"`};
			const result = await load(id, where);
			return result.ok ? {ok: true, article: resolveLinks(result.article, index)} : result;
		},
	};
}
