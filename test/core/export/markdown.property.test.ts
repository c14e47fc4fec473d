import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {Article, BlockKind} from '../../../src/core/article/types.js';
import {articleMarkdown} from '../../../src/core/export/markdown.js';
import {sanitizeText} from '../../../src/core/text/sanitize.js';

/** Anything a hostile file or feed could hold: every code unit, escapes and controls most of all. */
const hostile = fc.oneof(
	fc.string({unit: 'binary'}),
	fc.string({
		unit: fc.constantFrom(
			'\u001b',
			'\u009b',
			'\u0007',
			'\r',
			'\n',
			'\t',
			'\u202e',
			'\u200b',
			'[',
			']',
			'`',
			'*',
			'#',
			'>',
			'-',
			'1',
			'.',
			'a',
			' ',
			'\\',
			'&',
			'<',
		),
	}),
);
const kind: fc.Arbitrary<BlockKind> = fc.oneof(
	fc.constant<BlockKind>({kind: 'paragraph'}),
	fc.constant<BlockKind>({kind: 'heading'}),
	fc.constant<BlockKind>({kind: 'quote'}),
	fc.constant<BlockKind>({kind: 'pre'}),
	fc.constant<BlockKind>({kind: 'image'}),
	fc.record({kind: fc.constant('item' as const), marker: fc.constantFrom('•', '1.', '10.'), depth: fc.nat(4)}),
);

const article: fc.Arbitrary<Article> = fc
	.record({
		title: hostile,
		blocks: fc.array(fc.tuple(hostile, kind), {maxLength: 6}),
		links: fc.array(fc.record({text: hostile, url: fc.oneof(hostile, fc.webUrl())}), {maxLength: 3}),
		author: fc.option(hostile),
		feed: hostile,
		url: fc.option(fc.oneof(hostile, fc.webUrl())),
		more: fc.array(fc.record({title: hostile, teaser: hostile}), {maxLength: 2}),
	})
	.map(
		(f): Article => ({
			id: 'a/b',
			title: f.title,
			section: f.feed,
			updated: null,
			dateAmbiguous: false,
			paragraphs: f.blocks.map(([text]) => text),
			quotes: f.blocks.map(() => []),
			blocks: f.blocks.map(([, k]) => k),
			links: f.links,
			origin: {feed: f.feed, url: f.url, author: f.author, summaryOnly: false},
			related: null,
			more: {section: f.feed, items: f.more.map(item => ({...item, id: null}))},
			problems: [],
		}),
	);

// C0 but the line feed, DEL, C1, bidi controls and zero-width characters: what a terminal or an
// editor would act on, or what hides text (sanitize-classes.ts turns each into a placeholder).
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

/** Markdown's backslash escapes undone, as a reader shows the text. */
const unescaped = (markdown: string): string => markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');

// 400 hostile articles take ~1 s alone; the limit is for a loaded machine, where the default 5 s ran out.
describe('articleMarkdown on hostile text', () => {
	it('never lets a control character or an escape into the file, and every line ends the file well-formed', () => {
		fc.assert(
			fc.property(article, a => {
				const markdown = articleMarkdown(a);
				expect(markdown).not.toMatch(CONTROL);
				expect((markdown as string & {isWellFormed(): boolean}).isWellFormed()).toBe(true);
				expect(markdown.endsWith('\n')).toBe(true);
			}),
			{numRuns: 400},
		);
	}, 60_000);

	it('keeps the text: each paragraph, unescaped, is in the file as the reader shows it', () => {
		fc.assert(
			fc.property(fc.array(hostile, {minLength: 1, maxLength: 4}), paragraphs => {
				const markdown = unescaped(
					articleMarkdown({
						id: 'a/b',
						title: 't',
						section: 's',
						updated: null,
						dateAmbiguous: false,
						paragraphs,
						quotes: [],
						related: null,
						more: null,
						problems: [],
					}),
				);
				for (const paragraph of paragraphs) {
					for (const line of sanitizeText(paragraph).split('\n')) expect(markdown).toContain(line.trimStart());
				}
			}),
			{numRuns: 400},
		);
	}, 60_000);
});
