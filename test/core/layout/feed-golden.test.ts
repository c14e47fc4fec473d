import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {layoutArticle, lineText, type StyledLine} from '../../../src/core/layout/article.js';
import {textWidth} from '../../../src/core/layout/width.js';
import {RICH_NOW, richItem} from '../../helpers/feed-item.js';

/*
 * Golden files for a feed item whose HTML has every kind of block (test/fixtures/feeds/rich-item.xml),
 * laid out at 40 and 80 columns. Quote runs are wrapped in «», link text in ‹› and URLs in ⟨⟩ so a
 * change of style shows in the diff. To accept a deliberate change, regenerate and review the diff:
 *   UPDATE_GOLDEN=1 npx vitest run test/core/layout/feed-golden.test.ts
 */

process.env['TZ'] = 'UTC';
const GOLDEN_DIR = fileURLToPath(new URL('../../fixtures/golden/', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const NOW = RICH_NOW;

const MARKS: Partial<Record<string, readonly [string, string]>> = {quote: ['«', '»'], teaser: ['‹', '›'], link: ['⟨', '⟩']};

function goldenLine(line: StyledLine): string {
	return line.map(segment => (MARKS[segment.style] ? `${MARKS[segment.style]?.[0]}${segment.text}${MARKS[segment.style]?.[1]}` : segment.text)).join('');
}

describe('golden renders of a feed item with every kind of block', () => {
	const article = richItem();

	it('has a heading, a block quote, a nested list, a pre block, an image and links', () => {
		const kinds = new Set(article.blocks?.map(block => block.kind));
		expect([...kinds].sort()).toEqual(['heading', 'image', 'item', 'paragraph', 'pre', 'quote']);
		expect(article.blocks?.some(block => block.kind === 'item' && block.depth === 1)).toBe(true);
		expect(article.links?.length).toBe(3);
	});

	it.each([40, 80])('at %i columns', columns => {
		const width = textWidth(columns);
		const layout = layoutArticle(article, width, NOW);
		for (const line of layout.lines) expect(stringWidth(lineText(line)), lineText(line)).toBeLessThanOrEqual(width);
		const text = `${layout.lines.map(goldenLine).join('\n')}\n`;
		const path = `${GOLDEN_DIR}feed__rich-item.${columns}.txt`;
		if (UPDATE) {
			mkdirSync(GOLDEN_DIR, {recursive: true});
			writeFileSync(path, text);
		}
		expect(existsSync(path), `${path} is missing: run UPDATE_GOLDEN=1 npx vitest run test/core/layout/feed-golden.test.ts`).toBe(true);
		expect(text).toBe(readFileSync(path, 'utf8'));
	});
});
