import {describe, expect, it} from 'vitest';
import {metaOf, parseArticle, sectionFromFolder, toBlocks} from '../../../src/core/article/parse.js';
import {articleText, parseBundled, SEED_ID} from '../../helpers/bundled.js';

describe('parseArticle on the seed', () => {
	const seed = parseBundled(SEED_ID);

	it('reads the title, id, section and update date', () => {
		expect(seed.title).toBe('US "not there yet" in Syria ceasefire talks with Russia, Obama says');
		expect(seed.id).toBe('world/us-not-there-yet');
		expect(seed.section).toBe('World');
		expect(seed.updated).toBe('2016-09-04T13:32');
		expect(seed.dateAmbiguous).toBe(false);
		expect(seed.problems).toEqual([]);
	});

	it('has 15 body paragraphs, NBSPs read as plain spaces', () => {
		expect(seed.paragraphs).toHaveLength(15);
		expect(seed.paragraphs[0]).toBe(
			'President Barack Obama said Sunday the US was "not there yet" in talks with Russia about a cessation of ' +
				'hostilities in Syria, but that progress was possible as "around-the-clock" negotiations between US and ' +
				'Russian officials were underway.',
		);
		// The source has an NBSP between every word of this opening and one at the very end.
		expect(seed.paragraphs[14]).toBe(
			"Once Syria's commercial hub, Aleppo has been divided between government forces in the west and rebels " +
				'in the east since fighting erupted for control of the city in mid-2012.',
		);
		expect(seed.paragraphs[11]).toBe(
			'Syria’s official news agency SANA, citing an unnamed military official, reported that the army fully ' +
				'controlled the academy in what the source called a “blitz operation.”',
		);
		expect(articleText(SEED_ID)).toContain('\u00A0');
		for (const paragraph of seed.paragraphs) {
			expect(paragraph).not.toMatch(/[\u00A0\n]/);
			expect(paragraph).toBe(paragraph.trim());
		}
		expect(seed.quotes).toHaveLength(15);
	});

	it('reads the related headline with its long-form date, unresolved', () => {
		expect(seed.related).toEqual({title: 'US and Russia agree on Syria ceasefire plan', date: '2016-09-10T00:57', id: null});
	});

	it('reads the five "More from World" items exactly', () => {
		expect(seed.more?.section).toBe('World');
		expect(seed.more?.items).toEqual([
			{
				title: 'South Korean media: North Korea ICBM launch could be imminent',
				teaser: 'North Korea may be planning to launch two intercontinental ballistic missiles (ICBMs) soon, South Korean media...',
				id: null,
			},
			{
				title: 'Obama: "I think we\'re going to be OK"',
				teaser: 'US President Barack Obama reflected Wednesday on eight years in office and expressed optimism for the future of the...',
				id: null,
			},
			{
				title: 'Obama: Journalists should show "tenacity" with next administration',
				teaser: 'US President Barack Obama thanks and praises reporters for the way that they covered his eight-year tenure, saying...',
				id: null,
			},
			{
				title: 'Troops amass near Gambia border to pressure president to step down',
				teaser: "Senegalese troops amassed at the border with Gambia as the clock ticked down on Gambian President Yahya Jammeh's...",
				id: null,
			},
			{
				title: "Trump says he doesn't like tweeting, then tweets some more",
				teaser: "More than 20 million people follow Donald Trump's Twitter account, but the US president-elect seems to consider...",
				id: null,
			},
		]);
	});

	it('gives the list fields through metaOf', () => {
		expect(metaOf(seed)).toEqual({id: SEED_ID, title: seed.title, section: 'World', updated: '2016-09-04T13:32', dateAmbiguous: false});
	});
});

describe('parseArticle on bundled special cases', () => {
	it('marks the date without a weekday as ambiguous (read as DD/MM) and says so', () => {
		const article = parseBundled('culture/hollin-museum-tapestry');
		expect(article.updated).toBe('2023-07-05T10:00');
		expect(article.dateAmbiguous).toBe(true);
		expect(article.problems).toEqual(['day and month order is ambiguous; read as DD/MM']);
	});

	it('reads MM/DD when only that reading falls on the stated weekday', () => {
		const article = parseBundled('business/hollin-textile-mill-to-close');
		expect(article.updated).toBe('2025-03-11T08:45');
		expect(article.dateAmbiguous).toBe(false);
		expect(article.related).toBeNull();
		expect(article.more?.items).toHaveLength(3);
	});

	it('keeps a one-paragraph article as one paragraph', () => {
		const article = parseBundled('world/portsalt-ferry-strike-called-off');
		expect(article.paragraphs).toHaveLength(1);
		expect(article.paragraphs[0]).toMatch(/^A 48-hour strike .* run as normal on Friday\.$/);
	});
});

describe('parseArticle on text that does not follow the format', () => {
	it('takes the first line as title and every other block as a paragraph, reporting what is missing', () => {
		const article = parseArticle('Just a title\n\nOne paragraph\nwrapped by hand.\n\nAnother.\n', {id: 'x/y', folder: 'science-and-tech'});
		expect(article.title).toBe('Just a title');
		expect(article.paragraphs).toEqual(['One paragraph wrapped by hand.', 'Another.']);
		expect(article.section).toBe('Science And Tech');
		expect(article.updated).toBeNull();
		expect(article.related).toBeNull();
		expect(article.more).toBeNull();
		expect(article.problems).toEqual(['no "Last update:" line']);
	});

	it('never throws on an empty file and falls back to the id and General', () => {
		const article = parseArticle('', {id: 'lonely'});
		expect(article).toMatchObject({title: 'lonely', section: 'General', paragraphs: [], updated: null});
		expect(article.problems).toEqual(['empty file: no title', 'no "Last update:" line']);
	});

	it('reads CRLF files with a byte-order mark like LF files', () => {
		const text = 'Title\n\nBody one.\n\nLast update: 25/12/2020 - 08:00\n\nMore from Sport\n\nA headline\n\nIts teaser...';
		const lf = parseArticle(text, {id: 'a'});
		const crlf = parseArticle(`\uFEFF${text.replace(/\n/g, '\r\n')}`, {id: 'a'});
		expect(crlf).toEqual(lf);
		expect(lf).toMatchObject({title: 'Title', section: 'Sport', updated: '2020-12-25T08:00', dateAmbiguous: false, problems: []});
	});

	it('keeps a body paragraph that starts "More from" but is a sentence', () => {
		const article = parseArticle('T\n\nMore from the archive: see below.\n\nLast update: 01/01/2020', {id: 't'});
		expect(article.paragraphs).toEqual(['More from the archive: see below.']);
		expect(article.updated).toBe('2020-01-01T00:00');
	});

	it('reports an unreadable date, a related headline without date, and a headline without teaser', () => {
		const text = 'T\n\nBody.\n\nLast update: 31/02/2020 - 10:00\n\nSome related story\n\nMore from World\n\nOne\n\nTeaser...\n\nTwo';
		const article = parseArticle(text, {id: 't'});
		expect(article.updated).toBeNull();
		expect(article.related).toEqual({title: 'Some related story', date: null, id: null});
		expect(article.more?.items).toEqual([
			{title: 'One', teaser: 'Teaser...', id: null},
			{title: 'Two', teaser: '', id: null},
		]);
		expect(article.problems).toEqual([
			'related headline "Some related story" has no date line',
			'the last "More from" headline has no teaser',
			'unreadable date "31/02/2020 - 10:00"',
		]);
	});
});

describe('toBlocks and sectionFromFolder', () => {
	it('splits on blank lines, joins hard-wrapped lines and turns NBSP, figure and narrow spaces into spaces', () => {
		expect(toBlocks('a\u00A0b\n c\u2007d \n\n\n e\u202Ff\n')).toEqual(['a b c d', 'e f']);
	});

	it('names sections from folders', () => {
		expect(sectionFromFolder('world')).toBe('World');
		expect(sectionFromFolder('science_and-tech')).toBe('Science And Tech');
		expect(sectionFromFolder(undefined)).toBeNull();
		expect(sectionFromFolder('--')).toBeNull();
	});
});
