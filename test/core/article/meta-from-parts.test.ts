import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {metaFromParts, metaOf, parseArticle} from '../../../src/core/article/parse.js';
import {bundledEntries} from '../../helpers/ink.js';

describe("metaFromParts: list fields from a file's two ends", () => {
	test.each(bundledEntries().map(entry => [entry.id, entry] as const))('%s: same fields as a full parse', (_id, entry) => {
		const origin = {id: entry.id, folder: entry.folder};
		const full = metaOf(parseArticle(entry.text, origin));
		// Cut well inside the body so the tail starts mid-paragraph, as a real head/tail read would.
		const head = entry.text.slice(0, 300);
		const tail = entry.text.slice(-Math.min(entry.text.length - 301, 1200));
		expect(metaFromParts(head, tail, false, origin)).toEqual(full);
		expect(metaFromParts(entry.text, entry.text, true, origin)).toEqual(full);
	});

	test('a tail without any footer gives an undated article with the folder as section', () => {
		const text = readFileSync(join(import.meta.dirname, '..', '..', '..', 'articles', 'world', 'us-not-there-yet.txt'), 'utf8');
		const meta = metaFromParts(text.slice(0, 200), 'was cut here\n\nand a plain last paragraph.', false, {id: 'x/y', folder: 'science'});
		expect(meta).toEqual({
			id: 'x/y',
			title: 'US "not there yet" in Syria ceasefire talks with Russia, Obama says',
			section: 'Science',
			updated: null,
			dateAmbiguous: false,
		});
	});
});
