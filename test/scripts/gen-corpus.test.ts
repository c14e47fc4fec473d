import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildTitleIndex, resolveLinks} from '../../src/core/article/links.js';
import {parseArticle} from '../../src/core/article/parse.js';
import type {Article} from '../../src/core/article/types.js';
import {articleId, articleText, DEFAULT_SEED, generateCorpus} from '../../scripts/gen-corpus.mjs';

const COUNT = 400;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

describe('gen-corpus: the benchmark corpus follows the articles format', () => {
	let dir = '';
	let articles: Article[] = [];

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'newsterm-gen-corpus-'));
		await generateCorpus(dir, COUNT);
		articles = [];
		for (const folder of readdirSync(dir).sort()) {
			for (const file of readdirSync(join(dir, folder)).sort()) {
				articles.push(parseArticle(readFileSync(join(dir, folder, file), 'utf8'), {id: `${folder}/${file.slice(0, -4)}`, folder}));
			}
		}
	});
	afterAll(() => rmSync(dir, {recursive: true, force: true}));

	it('writes COUNT files into sec01..sec20, named aNNNNNNN.txt', () => {
		expect(readdirSync(dir).sort()).toEqual(Array.from({length: 20}, (_, i) => `sec${String(i + 1).padStart(2, '0')}`));
		expect(articles).toHaveLength(COUNT);
		expect(articles.map(article => article.id)).toContain('sec07/a0000006');
		expect(articleId(6)).toEqual({section: 7, id: 'sec07/a0000006'});
	});

	it('parses without problems: section from More from, 3-8 paragraphs, an unambiguous date', () => {
		for (const article of articles) {
			expect(article.problems, article.id).toEqual([]);
			expect(article.section).toBe(`Section ${Number(article.id.slice(3, 5))}`);
			expect(article.paragraphs.length).toBeGreaterThanOrEqual(3);
			expect(article.paragraphs.length).toBeLessThanOrEqual(8);
			expect(article.dateAmbiguous).toBe(false);
			expect(article.more?.items.length).toBeGreaterThanOrEqual(3);
		}
	});

	it('writes the weekday the date really falls on, and dates spread over years', () => {
		const years = new Set<string>();
		for (const article of articles) {
			const [, weekday, day, month, year] =
				/Last update: (\w{3}), (\d\d)\/(\d\d)\/(\d{4})/.exec(articleText(DEFAULT_SEED, Number(article.id.slice(-7)), COUNT)) ?? [];
			expect(WEEKDAYS[new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDay()]).toBe(weekday);
			expect(article.updated?.slice(0, 10)).toBe(`${year}-${month}-${day}`);
			years.add(year ?? '');
		}
		expect(years.size).toBeGreaterThan(8);
	});

	it('has quotations in most articles and links that mostly resolve to other generated articles', () => {
		expect(articles.filter(article => article.quotes.some(spans => spans.length > 0)).length).toBeGreaterThan(COUNT / 2);
		const index = buildTitleIndex(articles);
		const links = articles.flatMap(article => {
			const resolved = resolveLinks(article, index);
			return [...(resolved.related ? [resolved.related] : []), ...(resolved.more?.items ?? [])];
		});
		const found = links.filter(link => link.id !== null).length;
		expect(found / links.length).toBeGreaterThan(0.7);
		expect(found).toBeLessThan(links.length);
	});

	it('is deterministic: the same seed, count and number give the same text', () => {
		expect(readFileSync(join(dir, 'sec03', 'a0000002.txt'), 'utf8')).toBe(articleText(DEFAULT_SEED, 2, COUNT));
		expect(articleText(DEFAULT_SEED, 2, COUNT)).not.toBe(articleText(DEFAULT_SEED + 1, 2, COUNT));
	});
});
