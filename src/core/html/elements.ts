/**
 * What each HTML element does to the blocks being collected: which ones end a block, which open a
 * quote, a list, an item, preformatted text or a table row, which are dropped with their content.
 * Everything else (a, em, strong, code, span, …) is inline: its text joins the block around it.
 */
import type {Collector} from './collector.js';
import {imageText, isPixel, resolveLink} from './text.js';

/** Elements whose content is never text to read. */
const DROPPED = new Set('script style noscript template iframe svg math head title object embed canvas video audio select textarea button'.split(' '));

/** Elements that end the block before them and their own block at their end (some mean more: below). */
const BLOCKS = new Set(
	'p div section article header footer main aside nav address dl dt dd details summary center hr form fieldset caption table tr figure figcaption h1 h2 h3 h4 h5 h6 blockquote ul ol menu li pre'.split(
		' ',
	),
);

const HEADING = /^h[1-6]$/;

/** A whole number attribute (`start`, `value`; a list may count from below zero), or null. */
function count(value: string | undefined): number | null {
	return value !== undefined && /^\s*-?\d{1,9}\s*$/.test(value) ? Number(value) : null;
}

/** An opening tag. `base` resolves the links. */
export function openElement(c: Collector, name: string, attributes: Readonly<Record<string, string>>, base: string): void {
	// Past a limit nothing more is read; the block cut short is ended by the next closing tag.
	if (c.full) return;
	if (c.skip > 0 || DROPPED.has(name)) {
		c.skip++;
		return;
	}
	if (c.cell > 0) {
		openInCell(c, name, attributes, base);
		return;
	}
	if (BLOCKS.has(name)) c.flush();
	if (HEADING.test(name)) c.heading++;
	else if (name === 'blockquote') c.containers.push({kind: 'quote'});
	else if (name === 'ul' || name === 'menu') c.lists.push({ordered: false, next: 1});
	else if (name === 'ol') c.lists.push({ordered: true, next: count(attributes['start']) ?? 1});
	else if (name === 'li') {
		const list = c.lists.at(-1);
		if (list?.ordered) {
			const number = count(attributes['value']) ?? list.next;
			list.next = number + 1;
			c.openItem(`${number}.`);
		} else c.openItem('•');
	} else if (name === 'pre') c.pre++;
	else if (name === 'tr') c.rowCells = 0;
	else if (name === 'td' || name === 'th') openCell(c);
	else if (name === 'br') {
		if (c.pre > 0) c.append('\n');
		else if (c.heading > 0) c.append(' ');
		else c.flush();
	} else if (name === 'img') {
		if (isPixel(attributes)) return;
		if (c.heading > 0) c.append(` ${imageText(attributes['alt'])} `);
		else {
			c.flush();
			c.push(imageText(attributes['alt']), {kind: 'image'});
		}
	} else if (name === 'a') c.openLinks.push({url: resolveLink(attributes['href'], base), text: ''});
}

/** A table cell: a second cell in a row is set off by ` | `. */
function openCell(c: Collector): void {
	if (c.rowCells++ > 0) c.append(' | ');
	c.cell++;
}

/** Inside a table cell everything is inline: a break or an image is words in the row. */
function openInCell(c: Collector, name: string, attributes: Readonly<Record<string, string>>, base: string): void {
	if (name === 'td' || name === 'th') openCell(c);
	else if (name === 'img' && !isPixel(attributes)) c.append(` ${imageText(attributes['alt'])} `);
	else if (name === 'a') c.openLinks.push({url: resolveLink(attributes['href'], base), text: ''});
	else if (BLOCKS.has(name) || name === 'br') c.append(' ');
}

/** A closing tag, implied or written. */
export function closeElement(c: Collector, name: string): void {
	if (c.skip > 0) {
		c.skip--;
		return;
	}
	if (name === 'a') {
		c.closeLink();
		return;
	}
	if (name === 'td' || name === 'th') {
		c.cell = Math.max(0, c.cell - 1);
		return;
	}
	if (c.cell > 0) return;
	if (!BLOCKS.has(name)) return;
	if (name === 'figcaption') {
		caption(c);
		return;
	}
	c.flush();
	if (HEADING.test(name)) c.heading = Math.max(0, c.heading - 1);
	else if (name === 'blockquote' || name === 'li') c.containers.pop();
	else if (name === 'ul' || name === 'menu' || name === 'ol') c.lists.pop();
	else if (name === 'pre') c.pre = Math.max(0, c.pre - 1);
}

/**
 * A figure's caption right after its image joins it (`[image: alt] caption`; the alt goes when it
 * only repeats the caption); a caption with no image before it is a paragraph.
 */
function caption(c: Collector): void {
	const before = c.texts.length;
	c.flush();
	const last = c.texts.length - 1;
	const image = c.texts[before - 1];
	if (last !== before || c.kinds[before - 1]?.kind !== 'image' || image === undefined) return;
	const words = c.texts[last] ?? '';
	const alt = image.startsWith('[image: ') ? image.slice(8, -1) : '';
	c.texts[before - 1] = alt === '' || alt === words ? `[image] ${words}` : `${image} ${words}`;
	c.texts.pop();
	c.kinds.pop();
}
