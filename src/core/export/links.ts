/**
 * Where the body's web links sit in its text. An article keeps its links beside the text, in order,
 * as the words they were on; each is looked for after the one before, so the same words linked
 * twice land on their own places. A link whose words are not found is listed at the foot instead.
 */
import type {Article} from '../article/index.js';

/** A link's place in one block: UTF-16 offsets, `end` exclusive. */
export interface LinkRange {
	readonly start: number;
	readonly end: number;
	readonly url: string;
}

/** The links placed in each block (by block index), and those not found in any. */
export interface PlacedLinks {
	readonly inBlock: ReadonlyMap<number, readonly LinkRange[]>;
	readonly unplaced: readonly {readonly text: string; readonly url: string}[];
}

/** Finds each link's words in the blocks that show text inline (not preformatted text or images). */
export function placeLinks(article: Article): PlacedLinks {
	const inBlock = new Map<number, LinkRange[]>();
	const unplaced: {text: string; url: string}[] = [];
	let block = 0;
	let offset = 0;
	for (const link of article.links ?? []) {
		const found = link.text.trim() === '' ? null : find(article, link.text, block, offset);
		if (!found) {
			unplaced.push({text: link.text, url: link.url});
			continue;
		}
		const ranges = inBlock.get(found.block) ?? [];
		ranges.push({start: found.start, end: found.start + link.text.length, url: link.url});
		inBlock.set(found.block, ranges);
		block = found.block;
		offset = found.start + link.text.length;
	}
	return {inBlock, unplaced};
}

function find(article: Article, text: string, fromBlock: number, fromOffset: number): {block: number; start: number} | null {
	for (let b = fromBlock; b < article.paragraphs.length; b++) {
		const kind = article.blocks?.[b]?.kind ?? 'paragraph';
		if (kind === 'pre' || kind === 'image') continue;
		const start = (article.paragraphs[b] ?? '').indexOf(text, b === fromBlock ? fromOffset : 0);
		if (start !== -1) return {block: b, start};
	}
	return null;
}
