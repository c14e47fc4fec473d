import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {runFeedCommand} from '../../../src/cli/feeds/run.js';
import {feedSource} from '../../../src/core/article/index.js';
import {captureStreams, type FeedsHarness, feedsHarness} from './harness.js';

const NESTED = join(import.meta.dirname, '..', '..', 'fixtures', 'feeds', 'subscriptions.opml');

/** An OPML 1.0 file as older readers write it: no title attributes, a folder with its feeds. */
const OPML_1 = `<?xml version="1.0" encoding="ISO-8859-1"?>
<opml version="1.0">
<head><title>Old reader</title></head>
<body>
<outline text="Caf\xe9 Science"><outline text="Lab Notes" type="rss" xmlUrl="https://lab.example/rss"/></outline>
<outline text="Town Crier" type="rss" xmlUrl="http://crier.example/feed"/>
</body>
</opml>
`;

const harnesses: FeedsHarness[] = [];
let h: FeedsHarness;
const fresh = (): FeedsHarness => {
	const made = feedsHarness();
	harnesses.push(made);
	return made;
};
beforeEach(() => {
	h = fresh();
});
afterEach(() => {
	for (const made of harnesses.splice(0)) made.remove();
});

const run = async (on: FeedsHarness, command: 'import' | 'export', query = '', input?: string | Uint8Array) => {
	const io = captureStreams({input});
	const code = await runFeedCommand(command, {query, section: null, json: false}, on.feeds, io);
	return {code, stdout: io.stdout, stderr: io.stderr};
};
const listed = (on: FeedsHarness) => on.feeds.subscriptions().map(feed => [feed.url, feed.title, feed.section]);

describe('newsterm import', () => {
	it("subscribes to a nested OPML's feeds in order, the nearest folder as the section, without fetching", async () => {
		const result = await run(h, 'import', NESTED);
		expect(result).toEqual({
			code: 0,
			stdout: 'Imported 4 feeds (0 already subscribed)\nThe reader fetches them when it starts, or run newsterm refresh.\n',
			stderr: '',
		});
		expect(listed(h)).toEqual([
			['https://top.example/rss', 'Top Feed', null],
			['https://gazette.example/rss.xml', 'Gazette', 'News'],
			['https://river.example/blog/atom.xml', 'River Notes', 'World'],
			['https://valley.example/feed.json', 'Valley', 'Tech'],
		]);
		expect(h.feeds.subscriptions().every(feed => feed.key === feedSource(feed.url).slice(1))).toBe(true);
		expect(h.fetcher.requests).toEqual([]);
	});

	it('a second import counts what is already subscribed and adds nothing twice', async () => {
		await run(h, 'import', NESTED);
		expect((await run(h, 'import', NESTED)).stdout).toBe('Imported 0 feeds (4 already subscribed)\n');
		expect(h.feeds.subscriptions()).toHaveLength(4);
	});

	it('- reads OPML 1.0 from stdin, in its declared Latin-1', async () => {
		const result = await run(h, 'import', '-', Buffer.from(OPML_1, 'latin1'));
		expect(result.stdout).toContain('Imported 2 feeds (0 already subscribed)');
		expect(listed(h)).toEqual([
			['https://lab.example/rss', 'Lab Notes', 'Café Science'],
			['http://crier.example/feed', 'Town Crier', null],
		]);
	});

	it('- with nothing on stdin exits 1', async () => {
		expect(await run(h, 'import', '-', '')).toEqual({code: 1, stdout: '', stderr: 'newsterm: stdin: empty\n'});
	});

	it.each([
		['a missing file', (dir: string) => join(dir, 'nope.opml'), /^newsterm: cannot read .*nope\.opml: /],
		[
			'a file that is not OPML',
			(dir: string) => write(join(dir, 'feed.xml'), '<rss version="2.0"><channel><title>x</title></channel></rss>'),
			/^newsterm: .*feed\.xml: not an OPML file\n$/,
		],
		['an empty file', (dir: string) => write(join(dir, 'empty.opml'), ''), /^newsterm: .*empty\.opml: empty\n$/],
	])('%s exits 1 and subscribes to nothing', async (_name, make, message) => {
		const result = await run(h, 'import', make(h.dataDir));
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(message);
		expect(h.feeds.subscriptions()).toEqual([]);
	});
});

function write(path: string, text: string): string {
	writeFileSync(path, text);
	return path;
}

describe('newsterm export', () => {
	it('export then import is the identity: the same feeds, titles, sections and order, and the same OPML', async () => {
		await run(h, 'import', NESTED);
		const first = await run(h, 'export');
		expect(first.code).toBe(0);
		expect(first.stdout).toMatch(/^<\?xml[^>]*>\s*<opml version="2\.0">/);
		const other = fresh();
		expect((await run(other, 'import', '-', first.stdout)).code).toBe(0);
		expect(listed(other)).toEqual(listed(h));
		expect((await run(other, 'export')).stdout).toBe(first.stdout);
	});

	it('the export reads back as the fixture says, folders and all', async () => {
		await run(h, 'import', NESTED);
		const text = (await run(h, 'export')).stdout;
		for (const category of ['News', 'World', 'Tech']) expect(text).toContain(`text="${category}"`);
		expect(readFileSync(NESTED, 'utf8')).toContain('javascript:alert(1)');
		expect(text).not.toContain('javascript:');
	});

	it('no feeds: exit 1, nothing on stdout', async () => {
		expect(await run(h, 'export')).toEqual({code: 1, stdout: '', stderr: 'newsterm: no feeds to export (newsterm add <url> subscribes to one)\n'});
	});
});
