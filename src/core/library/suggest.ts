import {type ArticleMeta, normalizeTitle} from '../article/index.js';

/**
 * Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`: a suggestion only cares
 * about near misses, and a long title compared with a short word should cost little.
 */
function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let previous = Array.from({length: b.length + 1}, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			const value = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
			row.push(value);
			best = Math.min(best, value);
		}
		if (best > limit) return limit + 1;
		previous = row;
	}
	return previous[b.length] ?? limit + 1;
}

/** The typos a word of this length may carry and still count: none in short words, where any edit makes another word. */
const typosAllowed = (word: string): number => (word.length < 4 ? 0 : word.length < 8 ? 1 : 2);

const wordsOf = (text: string): string[] =>
	normalizeTitle(text)
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);

/** How well one query word matches the best of an article's words: 1 the same, less for a prefix or a typo. */
function wordScore(word: string, candidates: readonly string[]): number {
	let best = 0;
	for (const candidate of candidates) {
		if (candidate === word) return 1;
		if (word.length >= 3 && candidate.startsWith(word)) best = Math.max(best, 0.8);
		const allowed = typosAllowed(word);
		if (allowed > 0 && editDistance(word, candidate, allowed) <= allowed) best = Math.max(best, 0.7);
	}
	return best;
}

/** How close a whole query is to an id or its slug (for a mistyped id), from 0 to 1. */
function idScore(query: string, id: string): number {
	const limit = Math.max(2, Math.floor(query.length / 5));
	const slug = id.slice(id.lastIndexOf('/') + 1);
	const distance = Math.min(editDistance(query, id, limit), editDistance(query, slug, limit));
	return distance > limit ? 0 : 1 - distance / Math.max(query.length, 1);
}

/** Below this an article is too far from the query to be worth naming. */
const ENOUGH = 0.5;

/**
 * The articles closest to a query that matched none: by title and id words shared with it (allowing a
 * prefix or a typo per word) or by edit distance to an id. The best ones, at most `max`; none when
 * nothing comes close, so a query of unrelated words gets no misleading guess.
 */
export function suggestArticles(articles: readonly ArticleMeta[], query: string, max = 3): ArticleMeta[] {
	const q = query
		.trim()
		.toLowerCase()
		.replace(/\.txt$/, '');
	const words = wordsOf(q);
	if (words.length === 0) return [];
	const idLike = !/\s/.test(q);
	let best = ENOUGH;
	let found: ArticleMeta[] = [];
	for (const article of articles) {
		const own = [...wordsOf(article.title), ...wordsOf(article.id)];
		const byWords = words.reduce((sum, word) => sum + wordScore(word, own), 0) / words.length;
		const score = Math.max(byWords, idLike ? idScore(q, article.id.toLowerCase()) : 0);
		if (score > best + 1e-9) {
			best = score;
			found = [article];
		} else if (score >= best - 1e-9 && found.length < max) found.push(article);
	}
	return found;
}

/**
 * The section a name means, as `mark-read --section` and `list --section` match it: the same name,
 * case aside. Otherwise the sections it is a typo or a prefix of ("did you mean"), closest first.
 */
export function matchSection(sections: readonly string[], name: string): {readonly section: string} | {readonly suggestions: readonly string[]} {
	const wanted = name.toLowerCase();
	const section = sections.find(candidate => candidate.toLowerCase() === wanted);
	if (section !== undefined) return {section};
	// Section names are short, and a swapped pair of letters (sprot) is two edits.
	const limit = wanted.length < 4 ? 1 : 2;
	const scored = sections
		.map(candidate => ({candidate, cost: candidate.toLowerCase().startsWith(wanted) ? 0 : editDistance(candidate.toLowerCase(), wanted, limit)}))
		.filter(({cost}) => cost <= limit)
		.sort((a, b) => a.cost - b.cost);
	return {suggestions: scored.slice(0, 3).map(({candidate}) => candidate)};
}
