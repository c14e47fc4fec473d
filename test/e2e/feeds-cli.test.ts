import {spawn} from 'node:child_process';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {BIN, type BinRun, binNode, ensureBuilt, tempDir} from '../helpers/bin.js';
import {pageText, rssText} from '../helpers/feed-texts.js';
import {type HttpLoopbackServer, startHttpServer} from '../helpers/http-server.js';

/**
 * The feed commands as a user runs them: the built program against feeds, a page and failures
 * served on 127.0.0.1, with a private config and data folder. The server runs in this process, so
 * the program is run asynchronously (spawnSync would stop the server from answering).
 */
const home = tempDir('newsterm-feeds-e2e-');
let server: HttpLoopbackServer;
let feedText = rssText('Harbour News', 3, 'https://harbour.example/');

beforeAll(async () => {
	ensureBuilt();
	server = await startHttpServer((request, response) => {
		const send = (status: number, type: string, body: string) => response.writeHead(status, {'content-type': type}).end(body);
		if (request.url === '/feed.xml') send(200, 'application/rss+xml', feedText);
		else if (request.url === '/sport.xml') send(200, 'application/rss+xml', rssText('Sport Desk', 2, 'https://sport.example/'));
		else if (request.url === '/') send(200, 'text/html; charset=utf-8', pageText(['/sport.xml', '/feed.xml']));
		else if (request.url === '/old') response.writeHead(301, {location: '/feed.xml'}).end();
		else if (request.url === '/broken.xml') send(500, 'text/plain', 'down');
		else send(404, 'text/plain', 'no such page');
	});
});
afterAll(async () => {
	await server.close();
	home.remove();
});

const env = {
	NEWSTERM_CONFIG_DIR: `${home.path}/config`,
	NEWSTERM_DATA_DIR: `${home.path}/data`,
	NEWSTERM_CACHE_DIR: `${home.path}/cache`,
	// Straight to the loopback server, whatever proxy the machine running the tests sets.
	NO_PROXY: '*',
	NO_COLOR: '',
	FORCE_COLOR: '0',
};

/** Runs the program to its end (at most 20 s), with `input` on stdin. */
function run(args: readonly string[], input = ''): Promise<BinRun> {
	return new Promise((resolve, reject) => {
		const child = spawn(binNode(), [BIN, ...args], {env: {...process.env, ...env}, timeout: 20_000});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => {
			stdout += chunk.toString();
		});
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
		});
		child.on('error', reject);
		child.on('close', code => resolve({code, stdout, stderr}));
		child.stdin.end(input);
	});
}

describe('the feed commands against a server on 127.0.0.1', () => {
	it('add through a page, add through a permanent redirect, refuse a duplicate and failures', async () => {
		const page = await run(['add', `${server.origin}/`]);
		expect(page).toEqual({
			code: 0,
			stdout: `Added Sport Desk (2 items)\nThe page also names 1 other feed; add one with newsterm add <url>:\n  ${server.origin}/feed.xml\n`,
			stderr: '',
		});
		expect(await run(['add', `${server.origin}/old`, '--section', 'Local'])).toMatchObject({code: 0, stdout: 'Added Harbour News (3 items) under Local\n'});
		const again = await run(['add', `${server.origin}/feed.xml`]);
		expect(again.code).toBe(1);
		expect(again.stderr).toContain(`already subscribed: Harbour News (${server.origin}/feed.xml)`);
		const broken = await run(['add', `${server.origin}/broken.xml`]);
		expect(broken).toMatchObject({code: 1, stdout: ''});
		expect(broken.stderr).toContain('HTTP 500');
	});

	it('feeds, list and read show what was added', async () => {
		const feeds = JSON.parse((await run(['feeds', '--json'])).stdout) as {url: string; section: string | null; items: number; status: string}[];
		expect(feeds.map(feed => [feed.url, feed.section, feed.items, feed.status])).toEqual([
			[`${server.origin}/sport.xml`, null, 2, 'ok'],
			[`${server.origin}/feed.xml`, 'Local', 3, 'ok'],
		]);
		const list = JSON.parse((await run(['list', '--json'])).stdout) as {title: string; section: string; feed?: string}[];
		expect(list.find(entry => entry.title === 'Harbour News story 1')).toMatchObject({section: 'Local', feed: 'Harbour News'});
		// With subscriptions the bundled samples step aside, unless asked for.
		expect(list.every(entry => entry.feed !== undefined)).toBe(true);
		const withSamples = JSON.parse((await run(['list', '--json', '--samples'])).stdout) as {feed?: string}[];
		expect(withSamples.length).toBe(list.length + 24);
		const read = await run(['read', 'Harbour News story 2', '--no-pager']);
		expect(read.code).toBe(0);
		expect(read.stdout).toContain('Text of story 2.');
	});

	it('refresh: new items counted, a failing feed named, exit 1', async () => {
		feedText = rssText('Harbour News', 5, 'https://harbour.example/');
		expect(await run(['refresh'])).toEqual({code: 0, stdout: 'Refreshed 2 feeds: 2 updated (2 new items), 0 unchanged, 0 failed\n', stderr: ''});
		feedText = '<html><body>maintenance</body></html>';
		const failing = await run(['refresh']);
		expect(failing.code).toBe(1);
		expect(failing.stdout).toMatch(/^Harbour News: not a feed.*\nRefreshed 2 feeds: 1 updated \(0 new items\), 0 unchanged, 1 failed\n$/);
		const feeds = JSON.parse((await run(['feeds', '--json'])).stdout) as {title: string; items: number; status: string; error: string | null}[];
		expect(feeds[1]).toMatchObject({title: 'Harbour News', items: 5, status: 'error'});
	});

	it('export, remove both, import the export from stdin: the same feeds back', async () => {
		const exported = await run(['export']);
		expect(exported.code).toBe(0);
		expect(await run(['remove', 'sport desk'])).toMatchObject({code: 0, stdout: `Removed Sport Desk (${server.origin}/sport.xml)\n`});
		expect(await run(['remove', `${server.origin}/feed.xml`])).toMatchObject({code: 0});
		expect((await run(['remove', 'harbour'])).code).toBe(1);
		expect((await run(['feeds'])).stdout).toBe('');
		expect(await run(['import', '-'], exported.stdout)).toMatchObject({code: 0, stdout: expect.stringMatching(/^Imported 2 feeds \(0 already subscribed\)\n/)});
		expect((await run(['export'])).stdout).toBe(exported.stdout);
	});
});
