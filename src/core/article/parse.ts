import {parseLongDate, parseNumericDate} from './dates.js';
import {findQuotes} from './quotes.js';
import type {Article, ArticleMeta, MoreFrom, MoreItem, RelatedLink} from './types.js';

const UPDATE = /^last update:\s*(.*)$/i;
// A short name with no sentence punctuation, so a body paragraph starting "More from…" stays body.
const MORE_FROM = /^more from\s+([^.!?"“”]{1,40}?)\s*:?$/i;
const NBSP = /[\u00A0\u2007\u202F]/g;

/** Where an article came from, as far as parsing cares. */
export interface ArticleOrigin {
	/** The id: path relative to the articles root, without `.txt`. */
	readonly id: string;
	/** The folder the file sits in, used as the section when the text names none. */
	readonly folder?: string;
}

/**
 * Splits text into blocks: runs of non-empty lines separated by blank lines. A paragraph hard-wrapped
 * over several lines is joined with spaces. Non-breaking spaces become plain spaces so the wrapper can
 * break there.
 * @internal Tests use it; the program does not.
 */
export function toBlocks(text: string): string[] {
	const lines = text
		.replace(/\r\n?/g, '\n')
		.replace(/^\uFEFF/, '')
		.split('\n');
	const blocks: string[] = [];
	let current: string[] = [];
	for (const line of lines) {
		const clean = line.replace(NBSP, ' ').trim();
		if (clean === '') {
			if (current.length > 0) blocks.push(current.join(' '));
			current = [];
		} else {
			current.push(clean);
		}
	}
	if (current.length > 0) blocks.push(current.join(' '));
	return blocks;
}

/**
 * Turns a folder name like `world` or `science-and-tech` into a section name.
 * @internal Tests use it; the program does not.
 */
export function sectionFromFolder(folder: string | undefined): string | null {
	if (!folder) return null;
	const words = folder.split(/[-_\s]+/).filter(Boolean);
	if (words.length === 0) return null;
	return words.map(word => word[0]?.toUpperCase() + word.slice(1)).join(' ');
}

interface Footer {
	readonly updatedText: string | null;
	readonly related: RelatedLink | null;
	readonly more: MoreFrom | null;
}

function parseFooter(blocks: readonly string[], problems: string[]): Footer {
	let index = 0;
	let updatedText: string | null = null;
	const updateMatch = UPDATE.exec(blocks[0] ?? '');
	if (updateMatch) {
		updatedText = updateMatch[1] ?? '';
		index = 1;
	}
	let related: RelatedLink | null = null;
	const candidate = blocks[index];
	if (candidate !== undefined && !MORE_FROM.test(candidate)) {
		const date = parseLongDate(blocks[index + 1] ?? '');
		related = {title: candidate, date, id: null};
		index += date === null ? 1 : 2;
		if (date === null) problems.push(`related headline "${candidate}" has no date line`);
	}
	let more: MoreFrom | null = null;
	const moreMatch = MORE_FROM.exec(blocks[index] ?? '');
	if (moreMatch) {
		const items: MoreItem[] = [];
		const rest = blocks.slice(index + 1);
		for (let i = 0; i < rest.length; i += 2) {
			items.push({title: rest[i] ?? '', teaser: rest[i + 1] ?? '', id: null});
		}
		if (rest.length % 2 === 1) problems.push('the last "More from" headline has no teaser');
		more = {section: moreMatch[1] ?? '', items};
	} else if (blocks[index] !== undefined) {
		problems.push(`unexpected text after the body: "${blocks[index]?.slice(0, 40)}"`);
	}
	return {updatedText, related, more};
}

/** Index of the first footer block (`Last update:` or `More from …`), or the block count. */
function footerStart(blocks: readonly string[]): number {
	const index = blocks.findIndex((block, i) => i > 0 && (UPDATE.test(block) || MORE_FROM.test(block)));
	return index === -1 ? blocks.length : index;
}

/** An article's parts without quotation spans: all a listing needs, cheaper than a full parse. */
type Structure = Omit<Article, 'quotes'>;

function parseStructure(text: string, origin: ArticleOrigin): Structure {
	const problems: string[] = [];
	const blocks = toBlocks(text);
	const title = blocks[0] ?? '';
	if (title === '') problems.push('empty file: no title');
	const split = footerStart(blocks);
	const paragraphs = blocks.slice(1, split);
	const footer = parseFooter(blocks.slice(split), problems);
	let updated = null;
	if (footer.updatedText === null) {
		problems.push('no "Last update:" line');
	} else {
		updated = parseNumericDate(footer.updatedText);
		if (updated === null) problems.push(`unreadable date "${footer.updatedText}"`);
		else if (updated.problem) problems.push(updated.problem);
	}
	const section = footer.more?.section || sectionFromFolder(origin.folder) || 'General';
	return {
		id: origin.id,
		title: title || origin.id,
		section,
		updated: updated?.iso ?? null,
		dateAmbiguous: updated?.ambiguous ?? false,
		paragraphs,
		related: footer.related,
		more: footer.more,
		problems,
	};
}

/**
 * Parses an article in the seed's format. Text that does not follow it still yields an article: the
 * first non-empty line is the title and the rest are paragraphs. Never throws; `problems` says what
 * did not fit. Links are returned unresolved (`id: null`).
 */
export function parseArticle(text: string, origin: ArticleOrigin): Article {
	const structure = parseStructure(text, origin);
	return {...structure, quotes: findQuotes(structure.paragraphs)};
}

/**
 * The list fields of a text, without finding its quotations: listing needs none
 * (docs/performance.md#list-without-quotes).
 */
function parseMeta(text: string, origin: ArticleOrigin): ArticleMeta {
	return metaOf(parseStructure(text, origin));
}

/**
 * A copy of `text` that holds only its own characters. V8 makes a slice of a long string point into
 * its parent, so a title cut from a file's text keeps the whole text alive: a cold scan of 10,000
 * articles held much of its files' text for titles and section names
 * (docs/performance.md#detached-strings).
 */
function detached(text: string): string {
	return ` ${text}`.slice(1);
}

/**
 * The list fields of a parsed article, detached from the text they were cut from (they live all session).
 * @internal Tests use it; the program does not.
 */
export function metaOf(article: ArticleMeta): ArticleMeta {
	const {id, title, section, updated, dateAmbiguous} = article;
	return {id, title: detached(title), section: detached(section), updated: updated === null ? null : detached(updated), dateAmbiguous};
}

const FOOTER_LINE = /^(?:last update:|more from\s)/i;

/**
 * The list fields from a file's first and last bytes, so a listing never reads bodies. With the whole
 * text (`whole`) this is `metaOf(parseArticle(...))`; otherwise the title comes from the head and the
 * footer (`Last update:`, related headline, `More from`) from the tail, whose first block may be cut
 * and is dropped.
 */
export function metaFromParts(head: string, tail: string, whole: boolean, origin: ArticleOrigin): ArticleMeta {
	if (whole) return parseMeta(head, origin);
	const title = toBlocks(head)[0] ?? '';
	const tailBlocks = toBlocks(tail).slice(1);
	const start = tailBlocks.findIndex(block => FOOTER_LINE.test(block));
	const footer = start === -1 ? [] : tailBlocks.slice(start);
	return parseMeta([title, ...footer].join('\n\n'), origin);
}
