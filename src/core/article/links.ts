import type {Article, ArticleMeta, LinkTarget} from './types.js';

/**
 * The form in which two headlines count as the same: case folded, every quotation mark and apostrophe
 * style made one, dashes made one, non-breaking and repeated spaces made one space, and punctuation
 * around the ends dropped. Nothing else is forgiven: a different word is a different headline.
 */
export function normalizeTitle(title: string): string {
	return title
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
		.replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
		.replace(/[\u2010-\u2015\u2212]/g, '-')
		.replace(/[\s\u00A0\u2007\u202F]+/g, ' ')
		.replace(/^[\s"'.,;:!?…()[\]-]+|[\s"'.,;:!?…()[\]-]+$/g, '')
		.replace(/\.{3}$/, '');
}

/** Looks headlines up by their normalised form. */
export interface TitleIndex {
	resolve(title: string): string | null;
}

/**
 * Builds a title index over the library. When two articles share a normalised title the first one
 * (in the order given) wins, so resolution stays deterministic.
 */
export function buildTitleIndex(articles: readonly ArticleMeta[]): TitleIndex {
	const byTitle = new Map<string, string>();
	for (const article of articles) {
		const key = normalizeTitle(article.title);
		if (key !== '' && !byTitle.has(key)) byTitle.set(key, article.id);
	}
	return {resolve: title => byTitle.get(normalizeTitle(title)) ?? null};
}

function resolveTarget<T extends LinkTarget>(link: T, index: TitleIndex, self: string): T {
	const id = index.resolve(link.title);
	return {...link, id: id === self ? null : id};
}

/** Returns the article with its related headline and "More from" items pointed at library ids. */
export function resolveLinks(article: Article, index: TitleIndex): Article {
	return {
		...article,
		related: article.related && resolveTarget(article.related, index, article.id),
		more: article.more && {
			...article.more,
			items: article.more.items.map(item => resolveTarget(item, index, article.id)),
		},
	};
}
