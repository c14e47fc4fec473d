import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {layoutArticle, lineText, type StyledLine} from '../../../src/core/layout/article.js';
import {relativeTime} from '../../../src/core/article/dates.js';
import {textWidth} from '../../../src/core/layout/width.js';
import {bundledIds, bundled, NOW} from '../../helpers/bundled.js';

/*
 * Golden files: every bundled article laid out for a 40- and an 80-column terminal, compared byte for
 * byte. Quote runs are wrapped in «» so a change in quote detection shows in the diff; link numbers
 * appear as they render. To accept a deliberate change, regenerate and review the diff:
 *   UPDATE_GOLDEN=1 npx vitest run test/core/layout/golden.test.ts
 */

const GOLDEN_DIR = fileURLToPath(new URL('../../fixtures/golden/', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const TERMINALS = [40, 80] as const;

/** One line as golden text: the rendered characters, with each quote run marked. */
function goldenLine(line: StyledLine): string {
	return line.map(segment => (segment.style === 'quote' ? `«${segment.text}»` : segment.text)).join('');
}

function goldenPath(id: string, columns: number): string {
	return `${GOLDEN_DIR}${id.replace(/\//g, '__')}.${columns}.txt`;
}

describe('golden renders of every bundled article', () => {
	const cases = bundledIds().flatMap(id => TERMINALS.map(columns => [id, columns] as const));

	it('covers all 24 articles at both widths', () => {
		expect(cases).toHaveLength(48);
	});

	it('uses a "now" far from any unit boundary, so a DST hour cannot change a relative date', () => {
		const hours = 2 * 3600e3;
		for (const id of bundledIds()) {
			const updated = bundled(id).updated ?? '';
			expect(relativeTime(updated, NOW - hours), id).toBe(relativeTime(updated, NOW + hours));
		}
	});

	it.each(cases)('%s at %i columns', (id, columns) => {
		const width = textWidth(columns);
		const layout = layoutArticle(bundled(id), width, NOW);
		for (const line of layout.lines) {
			expect(stringWidth(lineText(line)), `${id}: ${lineText(line)}`).toBeLessThanOrEqual(width);
		}
		const text = `${layout.lines.map(goldenLine).join('\n')}\n`;
		const path = goldenPath(id, columns);
		if (UPDATE) {
			mkdirSync(GOLDEN_DIR, {recursive: true});
			writeFileSync(path, text);
		}
		expect(existsSync(path), `${path} is missing: run UPDATE_GOLDEN=1 npx vitest run test/core/layout/golden.test.ts`).toBe(true);
		expect(text).toBe(readFileSync(path, 'utf8'));
	});
});
