/**
 * The archive's listings without waiting (io/archive held), for the reader's way out: known once
 * read, and only while the listing file holds every fetch this run recorded.
 */
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {type ArchivedFeed, emptyFeed} from '../../../src/core/archive/index.js';
import {openArchive} from '../../../src/io/archive/index.js';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});
const tempDir = (): string => {
	const dir = mkdtempSync(join(tmpdir(), 'newsterm-held-'));
	dirs.push(dir);
	return dir;
};

function fetchedFeed(key: string, fetched: number): ArchivedFeed {
	const base = emptyFeed(key, `https://${key}.example/feed`, `Feed ${key}`);
	return {...base, state: {...base.state, status: 'ok', fetched}};
}

describe("the archive's listings held in memory", () => {
	it('are unknown until read, then known with their fetch times', async () => {
		const dir = tempDir();
		const writer = openArchive(dir);
		await writer.writeFeed(fetchedFeed('aaaaaaaaaa', 1000));
		await writer.saveListing();
		const archive = openArchive(dir);
		expect(archive.held()).toBeNull();
		await archive.listings();
		expect(archive.held()?.get('aaaaaaaaaa')?.state.fetched).toBe(1000);
	});

	it('are unknown while a fetch is recorded but not saved in the listing file, and known again once saved', async () => {
		const archive = openArchive(tempDir());
		await archive.listings();
		expect(archive.held()?.size).toBe(0);
		await archive.writeFeed(fetchedFeed('bbbbbbbbbb', 2000));
		expect(archive.held()).toBeNull();
		await archive.saveListing();
		expect(archive.held()?.get('bbbbbbbbbb')?.state.fetched).toBe(2000);
		await archive.setState('bbbbbbbbbb', 'Feed b', {...fetchedFeed('bbbbbbbbbb', 3000).state});
		expect(archive.held()).toBeNull();
		await archive.saveListing();
		expect(archive.held()?.get('bbbbbbbbbb')?.state.fetched).toBe(3000);
	});

	it('hold what another process saved meanwhile, once this one saves', async () => {
		const dir = tempDir();
		const mine = openArchive(dir);
		const theirs = openArchive(dir);
		await mine.writeFeed(fetchedFeed('cccccccccc', 1000));
		await theirs.writeFeed(fetchedFeed('dddddddddd', 5000));
		await theirs.saveListing();
		await mine.saveListing();
		expect([...(mine.held()?.keys() ?? [])].sort()).toEqual(['cccccccccc', 'dddddddddd']);
	});
});
