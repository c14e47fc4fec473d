import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {extractReadable} from '../../../src/core/readable/index.js';
import {MAX_PAGE} from '../../../src/core/readable/extract.js';

const page = (name: string): string => readFileSync(new URL(`../../fixtures/pages/${name}`, import.meta.url), 'utf8');
const URL_OF_PAGE = 'https://post.example/2026/ferry';

describe('extractReadable', () => {
	it("keeps an article page's text and drops its navigation, asides and footer", () => {
		const result = extractReadable(page('article.html'), URL_OF_PAGE);
		if (!result.ok) throw new Error(result.reason);
		expect(result.title).toBe('Valmora ferry crews return to work');
		const {paragraphs, blocks} = result.body;
		const text = paragraphs.join('\n');
		expect(paragraphs[0]).toMatch(/^Ferry crews in Valmora went back to work/);
		expect(text).toContain('The review panel will include two crew members');
		for (const boilerplate of ['Sign up for the Morning Tide', 'Most read', 'Advertisement', 'Privacy policy', 'analytics']) {
			expect(text).not.toContain(boilerplate);
		}
		expect(blocks[paragraphs.indexOf('What the agreement says')]).toEqual({kind: 'heading'});
		const quote = paragraphs.findIndex(p => p.startsWith('Nobody wanted'));
		expect(blocks[quote]).toEqual({kind: 'quote'});
		expect(result.body.quotes[quote]).toEqual([{start: 0, end: paragraphs[quote]?.length}]);
	});

	it("resolves the article's links against the page's <base href>", () => {
		const result = extractReadable(page('article.html'), URL_OF_PAGE);
		expect(result.ok && result.body.links).toEqual([{text: 'winter timetable', url: 'https://post.example/news/timetable.html'}]);
	});

	it('says there is no article on a page of headlines', () => {
		expect(extractReadable(page('no-article.html'), URL_OF_PAGE)).toEqual({ok: false, reason: 'no article found on the page'});
	});

	it.each([
		['an empty page', ''],
		['text that is not HTML', 'just some words'],
		['broken markup', '<html><body><div><p>unclosed <a href="javascript:x">'],
	])('says so, without throwing, for %s', (_, html) => {
		expect(extractReadable(html, URL_OF_PAGE)).toEqual({ok: false, reason: 'no article found on the page'});
	});

	it('refuses a page over its size bound before reading it', () => {
		const huge = `<p>${'x'.repeat(MAX_PAGE)}</p>`;
		expect(extractReadable(huge, URL_OF_PAGE)).toEqual({ok: false, reason: 'page too large (over 5 MB)'});
	});

	it('sanitizes the title and the text', () => {
		const html = page('article.html')
			.replace('<h1>Valmora ferry crews return to work</h1>', '')
			.replace('<title>Valmora ferry crews return to work | Portsalt Evening Post</title>', '<title>Evil \u001b]0;pwned\u0007 title</title>')
			.replace('Islanders queued', 'Islanders \u202Equeued\u001b[2J');
		const result = extractReadable(html, URL_OF_PAGE);
		if (!result.ok) throw new Error(result.reason);
		expect(result.title).toBe('Evil ␛]0;pwned␇ title');
		expect(result.body.paragraphs.join('\n')).toContain('Islanders <U+202E>queued␛[2J');
	});
});
