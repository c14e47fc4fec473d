/**
 * An article as plain text, for the clipboard (`Y`): what the reader shows, without styles or
 * wrapping, so it pastes as paragraphs that reflow wherever it lands.
 */
import type {Article, BlockKind} from '../article/index.js';

/** One block as text: list items keep their marker and depth, block quotes their `> `. */
function blockText(text: string, kind: BlockKind): string {
	if (kind.kind === 'item') return `${'  '.repeat(kind.depth)}${kind.marker} ${text}`;
	if (kind.kind === 'quote') return text.replace(/^/gm, '> ');
	return text;
}

/**
 * The title, the item's page (a feed item's), the body block by block (items of one list on
 * consecutive lines, other blocks apart), then the body's links with their URLs. The text is the
 * article's, already sanitized when it was parsed.
 */
export function plainText(article: Article): string {
	const head = [article.title];
	if (article.origin?.url) head.push(article.origin.url);
	const parts: string[] = [head.join('\n')];
	let previous: BlockKind['kind'] | null = null;
	for (const [p, text] of article.paragraphs.entries()) {
		const kind = article.blocks?.[p] ?? {kind: 'paragraph'};
		const line = blockText(text, kind);
		if (kind.kind === 'item' && previous === 'item') parts[parts.length - 1] += `\n${line}`;
		else parts.push(line);
		previous = kind.kind;
	}
	const links = article.links ?? [];
	if (links.length > 0) parts.push(['Links', ...links.map(link => (link.text === link.url ? link.url : `${link.text}: ${link.url}`))].join('\n'));
	return `${parts.join('\n\n')}\n`;
}
