/**
 * A feed item's (or a page's) HTML read into the article model's blocks: htmlparser2's streaming
 * parser, not a DOM, since a feed refresh reads hundreds of bodies (measured 54k bodies/s).
 */
import {decodeHTML} from 'entities';
import {Parser} from 'htmlparser2';
import {findQuotes, type QuoteSpan} from '../article/index.js';
import type {ItemBody} from '../feeds/index.js';
import {Collector, type Limits} from './collector.js';
import {closeElement, openElement} from './elements.js';
import {flowText} from './text.js';

const LIMITS: Limits = {blocks: 5000, text: 2_000_000, links: 1000};
/** Markup past this is not read at all: a body of nothing but tags would otherwise cost its whole length. */
const MAX_INPUT = 8_000_000;
/** The parser is fed this much at a time, so it stops soon after a limit is reached. */
const CHUNK = 16 * 1024;
/**
 * Elements open at once past which reading stops. htmlparser2 keeps its open elements with
 * `unshift`, so each open costs the depth: 50,000 nested elements took 49 s before this bound.
 */
const MAX_NESTING = 512;

/**
 * Said at the end of a body that was cut at a limit, so the reader knows there was more.
 * @internal Tests use it; the program does not.
 */
export const CUT_NOTE = '(The rest of this text is not shown: it is too long.)';

/** A tag or comment: text with none is plain text, not HTML. */
const TAG = /<[a-zA-Z/!?]/;
/** Markup sent escaped once more (`&lt;p&gt;`): once decoded, it opens with a tag or holds a common one. */
const ESCAPED_MARKUP = /^\s*<[a-zA-Z][a-zA-Z0-9]*[\s/>]|<\/(?:p|div|a|li|ul|ol|h[1-6]|blockquote|em|strong|b|i|span)>|<br\s*\/?>/i;

/**
 * `html` as the block model: paragraphs, headings, quotes, list items, preformatted text and
 * images, with the body's http(s) links (resolved against `baseUrl`) and the quotations found.
 * Text with no tags is taken as plain text with entities (a description written as text): its
 * blank lines separate paragraphs. Markup escaped twice, which feeds often send, is read as markup.
 * Never throws; a body past the limits is cut, with a note at its end.
 */
export function htmlToBody(html: string, baseUrl: string): ItemBody {
	// Cut before a tag, so no half tag is read as text.
	const tag = html.length > MAX_INPUT ? html.lastIndexOf('<', MAX_INPUT) : -1;
	const source = html.length > MAX_INPUT ? html.slice(0, tag > 0 ? tag : MAX_INPUT) : html;
	const collector = new Collector(LIMITS);
	if (TAG.test(source)) parseHtml(source, baseUrl, collector);
	else {
		const decoded = decodeHTML(source);
		if (TAG.test(decoded) && ESCAPED_MARKUP.test(decoded)) parseHtml(decoded, baseUrl, collector);
		else
			for (const part of decoded.split(/\n[\t\f\r ]*\n/)) {
				if (collector.full) break;
				collector.push(flowText(part), {kind: 'paragraph'});
			}
	}
	const {texts, kinds} = collector;
	if (collector.full || source.length < html.length) {
		texts.push(CUT_NOTE);
		kinds.push({kind: 'paragraph'});
	}
	return {paragraphs: texts, quotes: quotesOf(texts, kinds), blocks: kinds, links: collector.links};
}

function parseHtml(html: string, base: string, collector: Collector): void {
	let depth = 0;
	const parser = new Parser(
		{
			onopentag: (name, attributes) => {
				depth++;
				openElement(collector, name, attributes, base);
			},
			onclosetag: name => {
				depth--;
				closeElement(collector, name);
			},
			ontext: text => collector.append(text),
		},
		{decodeEntities: true},
	);
	for (let at = 0; at < html.length && !collector.full; at += CHUNK) {
		parser.write(html.slice(at, at + CHUNK));
		if (depth > MAX_NESTING) collector.full = true;
	}
	parser.end();
	collector.flush();
}

/**
 * Quotation spans per block. A block quote is one quotation, whole; paragraphs and list items are
 * searched in runs (a quotation may run on over paragraphs, its opening mark repeated); headings,
 * preformatted text and images are not quotations.
 */
function quotesOf(texts: readonly string[], kinds: ItemBody['blocks']): QuoteSpan[][] {
	const quotes: QuoteSpan[][] = texts.map(() => []);
	let run: number[] = [];
	const search = (): void => {
		const found = findQuotes(run.map(i => texts[i] ?? ''));
		for (const [n, i] of run.entries()) quotes[i] = found[n] ?? [];
		run = [];
	};
	for (const [i, kind] of kinds.entries()) {
		if (kind.kind === 'paragraph' || kind.kind === 'item') {
			run.push(i);
			continue;
		}
		search();
		if (kind.kind === 'quote') quotes[i] = [{start: 0, end: texts[i]?.length ?? 0}];
	}
	search();
	return quotes;
}
