/**
 * The blocks of an HTML body, collected from a streaming parser's events (open tag, text, close
 * tag). htmlparser2 closes every element it opens, implied or not, so counters stay balanced.
 * What each element becomes is in `elements.ts`; this class keeps the state and the bounds.
 */
import type {BlockKind, WebLink} from '../article/index.js';
import {flowText, preText} from './text.js';

/** How much one body may hold: a hostile item cannot eat memory. */
export interface Limits {
	readonly blocks: number;
	/** UTF-16 code units of text over all blocks. */
	readonly text: number;
	readonly links: number;
}

/** List items deeper than this are drawn at this depth, so indents cannot push text off screen. */
const MAX_DEPTH = 6;
/** A link's words past this are cut: the Links list shows them on one line with the URL. */
const MAX_LINK_TEXT = 200;

/** An open list item: its marker is shown on its first block only. */
interface Item {
	readonly marker: string;
	readonly depth: number;
	used: boolean;
}

/** What encloses the text being read, innermost last. */
type Container = {readonly kind: 'quote'} | {readonly kind: 'item'; readonly item: Item};

/** An open `<a>`: its checked URL (null when unsafe or missing) and the words read inside it. */
interface OpenLink {
	readonly url: string | null;
	text: string;
}

/** The state of one body being read. */
export class Collector {
	readonly texts: string[] = [];
	readonly kinds: BlockKind[] = [];
	readonly links: WebLink[] = [];
	/** True once a limit was reached: what follows is dropped. */
	full = false;
	/** Inside elements whose content is dropped (script, style, …): text is ignored. */
	skip = 0;
	pre = 0;
	heading = 0;
	/** Inside a table cell: block elements there are read as inline, so a row stays one line. */
	cell = 0;
	/** Cells opened in the current table row. */
	rowCells = 0;
	readonly containers: Container[] = [];
	readonly lists: {readonly ordered: boolean; next: number}[] = [];
	readonly openLinks: OpenLink[] = [];
	private buffer = '';
	private total = 0;
	private readonly seen = new Set<string>();

	constructor(private readonly limits: Limits) {}

	/** Text read from the document, added to the block being built (and the open link's words). */
	append(text: string): void {
		if (this.skip > 0 || this.full) return;
		const room = this.limits.text - this.total - this.buffer.length;
		if (text.length > room) {
			this.full = true;
			this.buffer += text.slice(0, Math.max(0, room));
		} else this.buffer += text;
		const link = this.openLinks.at(-1);
		if (link && link.text.length < MAX_LINK_TEXT * 2) link.text += text.slice(0, MAX_LINK_TEXT * 2);
	}

	/** Ends the block being built, if it has any text, as the kind its place in the document says. */
	flush(): void {
		const raw = this.buffer;
		this.buffer = '';
		const text = this.pre > 0 ? preText(raw) : flowText(raw);
		if (text !== '') this.push(text, this.kindHere());
	}

	/** Adds a finished block, within the limits. */
	push(text: string, kind: BlockKind): void {
		if (text === '') return;
		if (this.texts.length >= this.limits.blocks || this.total >= this.limits.text) {
			this.full = true;
			return;
		}
		const room = this.limits.text - this.total;
		// Text read as markup is bounded as it is read (`append`); plain text arrives here whole.
		const kept = text.length > room ? text.slice(0, room) : text;
		if (kept !== text) this.full = true;
		this.total += kept.length;
		this.texts.push(kept);
		this.kinds.push(kind);
	}

	/** Opens a list item with its marker, at the depth of the lists around it. */
	openItem(marker: string): void {
		const depth = Math.min(MAX_DEPTH, Math.max(0, this.lists.length - 1));
		this.containers.push({kind: 'item', item: {marker, depth, used: false}});
	}

	/** Records a closed `<a>`'s link, once per URL; a link without words is listed by its URL. */
	closeLink(): void {
		const link = this.openLinks.pop();
		if (!link?.url || this.seen.has(link.url) || this.links.length >= this.limits.links) return;
		this.seen.add(link.url);
		const words = flowText(link.text);
		const text = words.length > MAX_LINK_TEXT ? `${words.slice(0, MAX_LINK_TEXT - 1).trimEnd()}…` : words;
		this.links.push({text: text || link.url, url: link.url});
	}

	/**
	 * What a block here is: preformatted text stays so anywhere; otherwise the innermost quote or
	 * list item decides (a heading inside a quote is quoted); then a heading; else a paragraph.
	 */
	private kindHere(): BlockKind {
		if (this.pre > 0) return {kind: 'pre'};
		const container = this.containers.at(-1);
		if (container?.kind === 'quote') return {kind: 'quote'};
		if (container?.kind === 'item') {
			const {item} = container;
			// A second block in the same item lines up under the first one's text.
			const marker = item.used ? ' '.repeat(item.marker.length) : item.marker;
			item.used = true;
			return {kind: 'item', marker, depth: item.depth};
		}
		return this.heading > 0 ? {kind: 'heading'} : {kind: 'paragraph'};
	}
}
