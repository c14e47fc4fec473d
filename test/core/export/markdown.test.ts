import {describe, expect, it} from 'vitest';
import type {Article} from '../../../src/core/article/types.js';
import {articleMarkdown} from '../../../src/core/export/markdown.js';
import {pipeReport, saveFailure} from '../../../src/core/export/report.js';

function article(fields: Partial<Article> = {}): Article {
	const paragraphs = fields.paragraphs ?? ['High water at 06:12.'];
	return {
		id: 'harbour/tide',
		title: 'Tide tables',
		section: 'Harbour',
		updated: '2016-09-04T13:32',
		dateAmbiguous: false,
		quotes: paragraphs.map(() => []),
		related: null,
		more: null,
		problems: [],
		...fields,
		paragraphs,
	};
}

const ORIGIN = {feed: 'Port News', url: 'https://port.example/tide?a=1&b=2', author: 'Ann Lee', summaryOnly: false};

describe('articleMarkdown', () => {
	it.each<[string, Partial<Article>, string]>([
		[
			'a file article: title, date and section, paragraphs apart',
			{paragraphs: ['One.', 'Two.']},
			'# Tide tables\n\n2016-09-04 13:32 · Harbour\n\nOne.\n\nTwo.\n',
		],
		[
			'a feed item: author, feed and its page',
			{origin: ORIGIN, updated: null},
			'# Tide tables\n\nby Ann Lee · Port News · <https://port.example/tide?a=1&b=2>\n\nHigh water at 06:12.\n',
		],
		[
			'headings, quotations and preformatted text',
			{
				paragraphs: ['Forecast', 'Calm seas "for now".\nLater rain.', 'const x = `y`;\n  indented'],
				blocks: [{kind: 'heading'}, {kind: 'quote'}, {kind: 'pre'}],
			},
			'# Tide tables\n\n2016-09-04 13:32 · Harbour\n\n## Forecast\n\n> Calm seas "for now".\n> Later rain.\n\n```\nconst x = `y`;\n  indented\n```\n',
		],
		[
			'lists: one list on consecutive lines, nested no deeper than the item before',
			{
				paragraphs: ['Intro.', 'first', 'second', 'inner', 'orphan deep', 'After.'],
				blocks: [
					{kind: 'paragraph'},
					{kind: 'item', marker: '•', depth: 0},
					{kind: 'item', marker: '•', depth: 0},
					{kind: 'item', marker: '1.', depth: 1},
					{kind: 'item', marker: '•', depth: 3},
					{kind: 'paragraph'},
				],
			},
			'# Tide tables\n\n2016-09-04 13:32 · Harbour\n\nIntro.\n\n- first\n- second\n    1. inner\n        - orphan deep\n\nAfter.\n',
		],
		[
			'a list item deeper than anything before it starts at the margin, not as code',
			{paragraphs: ['deep'], blocks: [{kind: 'item', marker: '•', depth: 2}]},
			'# Tide tables\n\n2016-09-04 13:32 · Harbour\n\n- deep\n',
		],
		[
			'body links as Markdown links, each on its own words in order',
			{
				paragraphs: ['See the port and the port office.', 'Then the map.'],
				links: [
					{text: 'port', url: 'https://a.example/1'},
					{text: 'port', url: 'https://a.example/2'},
					{text: 'map', url: 'https://a.example/(3)'},
				],
			},
			'# Tide tables\n\n2016-09-04 13:32 · Harbour\n\nSee the [port](https://a.example/1) and the [port](https://a.example/2) office.\n\nThen the [map](https://a.example/%283%29).\n',
		],
		[
			'a link whose words are not in the text is listed at the foot; a bare URL is an autolink',
			{
				links: [
					{text: 'Elsewhere', url: 'https://b.example/'},
					{text: 'https://c.example/', url: 'https://c.example/'},
				],
			},
			'# Tide tables\n\n2016-09-04 13:32 · Harbour\n\nHigh water at 06:12.\n\n## Links\n\n- [Elsewhere](https://b.example/)\n- <https://c.example/>\n',
		],
		[
			'a link that is not a web address keeps only its words',
			{paragraphs: ['Run this.'], links: [{text: 'this', url: 'javascript:alert(1)'}]},
			'# Tide tables\n\n2016-09-04 13:32 · Harbour\n\nRun this.\n',
		],
		[
			'related headline and "More from" listed at the foot',
			{
				related: {title: 'Storm *warning*', id: null, date: '2016-09-03T08:00'},
				more: {
					section: 'Harbour',
					items: [
						{title: 'Ferry times', id: 'harbour/ferry', teaser: 'Summer timetable.'},
						{title: '# Pilots', id: null, teaser: ''},
					],
				},
			},
			'# Tide tables\n\n2016-09-04 13:32 · Harbour\n\nHigh water at 06:12.\n\nRelated: Storm \\*warning\\* (2016-09-03 08:00)\n\n## More from Harbour\n\n- Ferry times — Summer timetable.\n- \\# Pilots\n',
		],
		[
			'Markdown in the title and text is escaped, a closing # too',
			{title: '# C# #', paragraphs: ['- not a list', '1. not ordered', '<b>bold</b>']},
			'# \\# C# \\#\n\n2016-09-04 13:32 · Harbour\n\n\\- not a list\n\n1\\. not ordered\n\n\\<b>bold\\</b>\n',
		],
		[
			'escape sequences in any field become visible placeholders',
			{
				title: 'T\u001b]0;x\u0007',
				paragraphs: ['a\u001b[2Jb', 'c\u009bd'],
				origin: {...ORIGIN, author: 'e\u202ef', feed: 'F\u0000'},
				updated: null,
			},
			'# T␛\\]0;x␇\n\nby e\\<U+202E>f · F␀ · <https://port.example/tide?a=1&b=2>\n\na␛\\[2Jb\n\nc\\<U+009B>d\n',
		],
	])('%s', (_, fields, expected) => {
		expect(articleMarkdown(article(fields))).toBe(expected);
	});

	it('a blank title still makes a heading', () => {
		expect(articleMarkdown(article({title: '   '})).startsWith('# Untitled\n')).toBe(true);
	});
});

describe('pipeReport', () => {
	it.each<[string, Parameters<typeof pipeReport>[1], string]>([
		['an exit status', {kind: 'exit', code: 0}, 'Piped to `wc -w`: exit 0'],
		['a failing status', {kind: 'exit', code: 1}, 'Piped to `wc -w`: exit 1'],
		['not found', {kind: 'exit', code: 127}, 'Piped to `wc -w`: command not found (exit 127)'],
		['not executable', {kind: 'exit', code: 126}, 'Piped to `wc -w`: cannot run it (exit 126)'],
		['a signal', {kind: 'signal', signal: 'SIGINT'}, 'Piped to `wc -w`: ended by SIGINT'],
		['no shell', {kind: 'failed', code: 'ENOENT', message: 'spawn sh ENOENT'}, 'Could not run `wc -w`: no shell (sh) was found'],
	])('%s', (_, outcome, text) => {
		expect(pipeReport('wc -w', outcome)).toBe(text);
	});

	it('quotes the command on one line, sanitized and cut', () => {
		const text = pipeReport(`grep\n\u001b[2J${'x'.repeat(80)}`, {kind: 'exit', code: 0});
		expect(text).toMatch(/^Piped to `grep ␛\[2Jx+…`: exit 0$/);
	});
});

describe('saveFailure', () => {
	it.each([
		['ENOENT', '~/gone', 'Not saved: the folder ~/gone does not exist'],
		['ENOTDIR', '~/file', 'Not saved: ~/file is not a folder'],
		['EACCES', '/root', 'Not saved: permission denied (/root)'],
		['ENOSPC', '/mnt', 'Not saved: the disk is full (/mnt)'],
		['EROFS', '/ro', 'Not saved: the file system is read-only (/ro)'],
	])('%s', (code, folder, text) => {
		expect(saveFailure(code, 'raw', folder)).toBe(text);
	});
});
