import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {type ArchivedFeed, emptyFeed} from '../../../src/core/archive/index.js';
import {defaultDataDir, openArchive} from '../../../src/io/archive/index.js';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});
const tempDir = (): string => {
	const dir = mkdtempSync(join(tmpdir(), 'newsterm-archive-'));
	dirs.push(dir);
	return dir;
};

function feed(key: string, fetched: number, titles: string[]): ArchivedFeed {
	const base = emptyFeed(key, `https://${key}.example/feed`, `Feed ${key}`);
	return {
		...base,
		state: {...base.state, status: 'ok', fetched},
		items: titles.map((title, i) => ({
			id: `@${key}/s${i}`,
			title,
			link: null,
			author: null,
			published: null,
			html: `<p>${title}</p>`,
			summaryOnly: false,
			seen: fetched,
			revised: false,
		})),
	};
}

describe('the data folder', () => {
	it.each([
		[{NEWSTERM_DATA_DIR: '/x/own'}, '/x/own'],
		[{XDG_DATA_HOME: '/x/xdg'}, '/x/xdg/newsterm'],
		[{XDG_DATA_HOME: 'relative'}, null],
		[{}, null],
	])('%o gives %s (else ~/.local/share/newsterm)', (env, expected) => {
		expect(defaultDataDir(env)).toBe(expected ?? join(process.env['HOME'] ?? '', '.local', 'share', 'newsterm'));
	});
});

describe('the archive on disk', () => {
	it('reads back a feed it wrote, and lists it after the listing is saved', async () => {
		const dir = tempDir();
		const archive = openArchive(dir);
		await archive.writeFeed(feed('aaaaaaaaaa', 10, ['One', 'Two']));
		await archive.saveListing();
		expect((await archive.readFeed('aaaaaaaaaa'))?.items.map(item => item.title)).toEqual(['One', 'Two']);
		const again = openArchive(dir);
		expect([...(await again.listings()).values()].map(listing => listing.ids.length)).toEqual([2]);
		expect(readdirSync(join(dir, 'feeds'))).toEqual(['aaaaaaaaaa.json']);
	});

	it('rebuilds the listing from the feeds when its file is missing or damaged', async () => {
		const dir = tempDir();
		const archive = openArchive(dir);
		await archive.writeFeed(feed('aaaaaaaaaa', 10, ['One']));
		await archive.writeFeed(feed('bbbbbbbbbb', 10, ['Two', 'Three']));
		writeFileSync(join(dir, 'list.json'), 'garbage{');
		const listings = await openArchive(dir).listings();
		expect([...listings.keys()]).toEqual(['aaaaaaaaaa', 'bbbbbbbbbb']);
		// The rebuilt listing is written back, so the next start reads one file again.
		expect(JSON.parse(readFileSync(join(dir, 'list.json'), 'utf8')).feeds).toHaveLength(2);
	});

	it('takes a damaged feed file as no file, so the feed is fetched as new', async () => {
		const dir = tempDir();
		const archive = openArchive(dir);
		await archive.writeFeed(feed('aaaaaaaaaa', 10, ['One']));
		writeFileSync(join(dir, 'feeds', 'aaaaaaaaaa.json'), '{"version":1');
		expect(await openArchive(dir).readFeed('aaaaaaaaaa')).toBeNull();
	});

	it("keeps another process's later fetch of a feed it did not fetch itself when saving the listing", async () => {
		const dir = tempDir();
		const mine = openArchive(dir);
		const theirs = openArchive(dir);
		await mine.listings();
		await theirs.writeFeed(feed('bbbbbbbbbb', 20, ['Theirs']));
		await theirs.saveListing();
		await mine.writeFeed(feed('aaaaaaaaaa', 30, ['Mine']));
		await mine.saveListing();
		const saved = JSON.parse(readFileSync(join(dir, 'list.json'), 'utf8')) as {feeds: {key: string}[]};
		expect(saved.feeds.map(entry => entry.key).sort()).toEqual(['aaaaaaaaaa', 'bbbbbbbbbb']);
	});

	it('keeps every feed written at once when the listing is read for the first time meanwhile', async () => {
		const dir = tempDir();
		const before = openArchive(dir);
		for (const key of ['aaaaaaaaaa', 'bbbbbbbbbb', 'cccccccccc']) await before.writeFeed(feed(key, 10, ['Old']));
		await before.saveListing();
		// A refresh writes several feeds at once; each write must land in the one listing in memory.
		const archive = openArchive(dir);
		await Promise.all(['aaaaaaaaaa', 'bbbbbbbbbb', 'cccccccccc'].map(key => archive.writeFeed(feed(key, 20, ['New', 'Newer']))));
		await archive.saveListing();
		const listings = await openArchive(dir).listings();
		expect([...listings.values()].map(listing => [listing.key, listing.state.fetched, listing.ids.length])).toEqual([
			['aaaaaaaaaa', 20, 2],
			['bbbbbbbbbb', 20, 2],
			['cccccccccc', 20, 2],
		]);
	});
});
