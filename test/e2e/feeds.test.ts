import {execFile} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {BIN, binNode} from '../helpers/bin.js';
import {type HttpLoopbackServer, startHttpServer} from '../helpers/http-server.js';
import {press, useApp} from './app-pty.js';
import {contentEscapes, terminalEffects} from './raw-output.js';

const FEED = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'feeds', 'harbour-wire.xml'), 'utf8');
const PAGE =
	'<!doctype html><html><head><title>Harbour</title><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body>News</body></html>';
/** A feed whose every text tries to reach the terminal: titles, body, author and link. */
const HOSTILE = `<?xml version="1.0"?><rss version="2.0"><channel><title>Evil\x1b]0;pwned\x07 Wire</title>
<item><title>Clear \x1b[2J the screen \u202Egnp.exe</title><guid>e1</guid><author>x\x1b[31m@y</author><link>javascript:alert(1)</link>
<description><![CDATA[<p>Copy \x1b]52;c;ZXZpbA==\x07 this and <a href="javascript:alert(2)">click</a> \x9b31m here.</p><script>alert(3)</script>]]></description></item>
</channel></rss>`;

const {start, tempFolder} = useApp();
let server: HttpLoopbackServer;
let up = true;

beforeAll(async () => {
	server = await startHttpServer((request, response) => {
		if (!up) {
			response.destroy();
			return;
		}
		const routes: Record<string, [string, string]> = {
			'/': ['text/html; charset=utf-8', PAGE],
			'/feed.xml': ['application/rss+xml; charset=utf-8', FEED],
			'/evil.xml': ['application/rss+xml', HOSTILE],
		};
		const route = routes[request.url ?? ''];
		if (!route) {
			response.writeHead(404).end('no');
			return;
		}
		response.writeHead(200, {'content-type': route[0]}).end(route[1]);
	});
});
afterAll(async () => {
	await server.close();
});

/** Runs the bin without blocking this process, which serves the feeds. */
function bin(args: readonly string[], env: Record<string, string>): Promise<{code: number; stdout: string; stderr: string}> {
	return new Promise(resolve => {
		execFile(binNode(), [BIN, ...args], {env: {...process.env, NO_COLOR: '', FORCE_COLOR: '0', ...env}, timeout: 20_000}, (error, stdout, stderr) => {
			resolve({code: error ? Number(error.code ?? 1) : 0, stdout, stderr});
		});
	});
}

async function dirs(): Promise<Record<string, string>> {
	return {NEWSTERM_CONFIG_DIR: await tempFolder(), NEWSTERM_CACHE_DIR: await tempFolder(), NEWSTERM_DATA_DIR: await tempFolder()};
}

describe('a feed, from a site URL to reading it offline', () => {
	it('is found on the page, added, listed, read in the reader with its blocks, and read again with the server down', async () => {
		const env = await dirs();
		const added = await bin(['add', `${server.origin}/`], env);
		expect(added).toMatchObject({code: 0, stdout: 'Added Harbour Wire (3 items)\n'});
		const list = JSON.parse((await bin(['list', '--json'], env)).stdout) as {title: string; section: string; feed?: string}[];
		expect(list.map(entry => entry.section)).toEqual(['Harbour Wire', 'Harbour Wire', 'Harbour Wire']);
		expect(list[0]?.title).toBe('Valmora council votes to rebuild the north pier');

		const readerEnv = {...env, NEWSTERM_REFRESH_MINUTES: '100000'};
		const open = async (args: string[]) => {
			const {p} = await start({cols: 80, rows: 24, args, env: readerEnv, configDir: env['NEWSTERM_CONFIG_DIR'], cacheDir: env['NEWSTERM_CACHE_DIR']});
			expect(p.screenText()).toContain('Harbour Wire');
			// No samples once there is a subscription.
			expect(p.screenText()).not.toContain('World');
			await press(p, '\r', /newsterm › Harbour Wire/);
			await press(p, '\r', /north pier/);
			return p;
		};
		const p = await open([]);
		const text = p.screenText();
		expect(text).toContain('> We owe the fishing families a harbour they can work from again.');
		expect(text).toMatch(/1\. clear the wreckage by March;\n\s+2\. drive new piles/);
		await press(p, 'G', /More from Harbour Wire/);
		expect(p.screenText()).toContain('full plan: http://127.0.0.1');
		p.press('q');
		p.press('q');
		p.press('q');
		expect((await p.exited).exitCode).toBe(0);

		up = false;
		try {
			const offline = await open(['--offline']);
			expect(offline.screenText()).toContain('> We owe the fishing families');
			offline.press('\x03');
			expect((await offline.exited).exitCode).toBe(0);
		} finally {
			up = true;
		}
	});

	it('refuses a URL that is not a feed, and a feed already subscribed, with the reason and status 1', async () => {
		const env = await dirs();
		expect(await bin(['add', `${server.origin}/nothing`], env)).toMatchObject({code: 1, stderr: expect.stringContaining('404')});
		expect((await bin(['add', `${server.origin}/feed.xml`], env)).code).toBe(0);
		expect(await bin(['add', `${server.origin}/`], env)).toMatchObject({code: 1, stderr: expect.stringMatching(/already/)});
	});
});

describe('the feed screens in a real terminal', () => {
	it('adds a feed from the prompt, keeps reading keys after it closes, and unsubscribes after asking', async () => {
		const env = await dirs();
		const {p} = await start({cols: 80, rows: 24, env, configDir: env['NEWSTERM_CONFIG_DIR'], cacheDir: env['NEWSTERM_CACHE_DIR']});
		expect(p.screen()[23]).toContain('a add feed');
		// Typed at once, as a fast typist or a paste does: the URL starts in the same read as the `a`
		// or the one after, before any frame of the prompt, and not one of its letters may be lost.
		p.press('a');
		const url = `${server.origin}/feed.xml`;
		await press(p, url, screen => screen.some(row => row.includes(`> ${url}`)));
		await press(p, '\r', 'Added Harbour Wire (3 items)');
		// Ink lets go of stdin when its input closes: the reader must still be there, reading keys.
		const rows = p.screen();
		const harbour = rows.findIndex(row => row.includes('Harbour Wire'));
		// g to the top row (the Unread row the new items brought), then down to the feed.
		await press(p, 'g', screen => (screen[1] ?? '').startsWith('› Unread'));
		for (let i = 1; i < harbour; i++) await press(p, 'j');
		expect(p.screen()[harbour]).toMatch(/^› Harbour Wire/);
		// j at once after d moves the menu (it used to be lost before the Ink menu listened).
		p.press('d');
		await press(p, 'j', screen => screen.some(row => row.includes('Unsubscribe from the feed Harbour Wire?')) && screen.some(row => /❯ Yes/.test(row)));
		await press(p, '\r', 'Unsubscribed from Harbour Wire');
		// The lists drop the feed once they are listed again, a moment after the answer.
		await p.waitFor(screen => !/Harbour Wire +3 of 3/.test(screen.join('\n')), 5000);
		// Nothing typed while Ink's inputs came and went was echoed onto the screen.
		expect(p.screen()[0]).toMatch(/^ newsterm › Sections/);
		p.press('q');
		expect((await p.exited).exitCode).toBe(0);
	});
});

describe('a hostile feed', () => {
	it('lists and opens with every escape shown as text, none sent to the terminal', async () => {
		const env = await dirs();
		expect((await bin(['add', `${server.origin}/evil.xml`], env)).code).toBe(0);
		const feeds = await bin(['feeds'], env);
		expect(contentEscapes(feeds.stdout)).toEqual([]);
		const {p} = await start({
			cols: 80,
			rows: 24,
			env: {...env, NEWSTERM_REFRESH_MINUTES: '100000'},
			configDir: env['NEWSTERM_CONFIG_DIR'],
			cacheDir: env['NEWSTERM_CACHE_DIR'],
		});
		await press(p, '\r', /Clear/);
		await press(p, '\r', /Copy/);
		expect(p.screenText()).not.toContain('alert(3)');
		p.press('\x03');
		expect((await p.exited).exitCode).toBe(0);
		const raw = p.rawSince(0);
		expect(raw).not.toContain('\x1b]');
		expect(raw).not.toContain('\x07');
		expect(contentEscapes(raw)).toEqual([]);
		expect(await terminalEffects(raw, 80, 24)).toEqual({titles: [], oscs: []});
	});
});
