import {execFile} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {BIN, binNode, ensureBuilt, tempDir} from '../helpers/bin.js';
import {closedPort, type HttpLoopbackServer, startHttpServer} from '../helpers/http-server.js';
import {useApp} from './app-pty.js';
import {contentEscapes} from './raw-output.js';

const channel = (title: string, items: string): string => `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title>${items}</channel></rss>`;
const item = (n: number): string => `<item><title>Item ${n}</title><guid>g${n}</guid><description>Text ${n}</description></item>`;
const LAUGHS = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><rss version="2.0"><channel><title>Laughs</title><item><title>&d;&d;&d;</title><guid>l</guid></item></channel></rss>`;

/** Each hostile answer by path, and what `feeds --json` must say of the feed that gave it. */
const CASES: Record<string, {readonly send: (response: import('node:http').ServerResponse) => void; readonly error: RegExp | null; readonly status?: string}> =
	{
		'/404': {send: r => r.writeHead(404).end('nope'), error: /404/},
		'/410': {send: r => r.writeHead(410).end(), error: /gone/, status: 'gone'},
		'/429': {send: r => r.writeHead(429, {'retry-after': '3600'}).end(), error: /429/},
		'/500': {send: r => r.writeHead(500).end(), error: /500/},
		'/loop': {send: r => r.writeHead(302, {location: '/loop'}).end(), error: /redirect/},
		'/to-file': {send: r => r.writeHead(301, {location: 'file:///etc/passwd'}).end(), error: /redirect/},
		'/to-js': {send: r => r.writeHead(302, {location: 'javascript:alert(1)'}).end(), error: /redirect/},
		'/short': {send: r => r.writeHead(200, {'content-length': '5000'}).end(channel('Short', item(1)).slice(0, 60)), error: /./},
		'/bomb': {send: r => r.writeHead(200, {'content-encoding': 'gzip'}).end(gzipSync(Buffer.alloc(30_000_000, 32))), error: /too large/},
		'/huge': {send: r => r.writeHead(200, {'content-type': 'application/rss+xml'}).end(`<rss>${'x'.repeat(11_000_000)}</rss>`), error: /too large/},
		'/html': {send: r => r.writeHead(200, {'content-type': 'text/html'}).end('<!doctype html><html><body>Log in</body></html>'), error: /not a feed/},
		'/empty': {send: r => r.writeHead(200).end(''), error: /empty/},
		'/cut': {send: r => r.writeHead(200).end(channel('Cut', item(1)).slice(0, -30)), error: /XML/},
		'/laughs': {send: r => r.writeHead(200).end(LAUGHS), error: null},
		'/bad-utf8': {
			send: r =>
				r
					.writeHead(200, {'content-type': 'application/rss+xml; charset=utf-8'})
					.end(Buffer.from(channel('Bytes', '<item><title>bad \xff\xfe</title><guid>b</guid></item>'), 'latin1')),
			error: null,
		},
		'/many': {send: r => r.writeHead(200).end(channel('Many', Array.from({length: 10_000}, (_, i) => item(i)).join(''))), error: null},
		'/escapes': {
			send: r =>
				r.writeHead(200).end(channel('Esc\x1b]0;x\x07ape', '<item><title>\x1b[2J\u202Eboom</title><guid>e</guid><link>javascript:alert(1)</link></item>')),
			error: null,
		},
	};

const {start} = useApp();
let server: HttpLoopbackServer;
let refused = 0;
beforeAll(async () => {
	ensureBuilt();
	server = await startHttpServer((request, response) => {
		const hostile = CASES[request.url ?? ''];
		if (hostile) hostile.send(response);
		else response.writeHead(404).end();
	});
	refused = await closedPort();
});
afterAll(async () => {
	await server.close();
});

function bin(args: readonly string[], env: Record<string, string>): Promise<{code: number; stdout: string; stderr: string}> {
	return new Promise(resolve => {
		execFile(
			binNode(),
			[BIN, ...args],
			{env: {...process.env, NO_COLOR: '', FORCE_COLOR: '0', ...env}, timeout: 60_000, maxBuffer: 1e8},
			(error, stdout, stderr) => resolve({code: error ? Number(error.code ?? 1) : 0, stdout, stderr}),
		);
	});
}

describe('a refresh of feeds and servers written to hurt it', () => {
	it('gives each feed its own reason in `feeds`, keeps the good ones, and shows no escape', async () => {
		const dir = tempDir('newsterm-hostile-feeds-');
		try {
			const env = {NEWSTERM_CONFIG_DIR: join(dir.path, 'c'), NEWSTERM_CACHE_DIR: join(dir.path, 'k'), NEWSTERM_DATA_DIR: join(dir.path, 'd')};
			const urls = [...Object.keys(CASES).map(path => `${server.origin}${path}`), `http://127.0.0.1:${refused}/feed`, `https://127.0.0.1:${server.port}/tls`];
			const opml = `<?xml version="1.0"?><opml version="2.0"><body>${urls.map(url => `<outline type="rss" text="${url.replace(/&/g, '&amp;')}" xmlUrl="${url}"/>`).join('')}</body></opml>`;
			const file = join(dir.path, 'hostile.opml');
			writeFileSync(file, opml);
			expect((await bin(['import', file], env)).code).toBe(0);
			const refresh = await bin(['refresh'], env);
			expect(refresh.code).toBe(1);
			const feeds = JSON.parse((await bin(['feeds', '--json'], env)).stdout) as {
				url: string;
				title: string;
				items: number;
				status: string;
				error: string | null;
			}[];
			const byUrl = new Map(feeds.map(feed => [feed.url, feed]));
			for (const [path, expected] of Object.entries(CASES)) {
				const feed = byUrl.get(`${server.origin}${path}`);
				if (expected.error) expect(feed?.error, path).toMatch(expected.error);
				else expect(feed?.error, path).toBeNull();
				if (expected.status) expect(feed?.status, path).toBe(expected.status);
			}
			expect(byUrl.get(`http://127.0.0.1:${refused}/feed`)?.error).toMatch(/refused/);
			expect(byUrl.get(`https://127.0.0.1:${server.port}/tls`)?.error).toMatch(/TLS/);
			// The archive keeps the newest 1,000 of 10,000; no title of the laughs grew.
			expect(byUrl.get(`${server.origin}/many`)?.items).toBe(1000);
			const list = (await bin(['list'], env)).stdout;
			expect(list).not.toContain('aaaaaaaaaaaaaaaaaaaa'.repeat(10));
			// The invalid bytes' feed shows U+FFFD where its bytes were, as it should: only escapes count here.
			const escapes = (output: string): string[] => contentEscapes(output).filter(found => !found.startsWith('U+fffd'));
			for (const output of [refresh.stdout, refresh.stderr, list, (await bin(['feeds'], env)).stdout]) expect(escapes(output)).toEqual([]);
			expect(list).toContain('bad \uFFFD\uFFFD');
			// The reader, offline on the same archive: how many failed in the header, each reason beside its feed.
			const {p} = await start({
				cols: 100,
				rows: 40,
				args: ['--offline'],
				env,
				configDir: env.NEWSTERM_CONFIG_DIR,
				cacheDir: env.NEWSTERM_CACHE_DIR,
				ready: 'failed',
			});
			const screen = p.screenText();
			const failing = Object.values(CASES).filter(expected => expected.error !== null).length + 2;
			expect(p.screen()[0]).toContain(`${failing} failed`);
			expect(screen).toMatch(/! HTTP 404 Not Found/);
			expect(screen).toMatch(/! connection refused/);
			p.press('q');
			expect((await p.exited).exitCode).toBe(0);
			expect(contentEscapes(p.rawSince(0)).filter(found => !found.startsWith('U+fffd'))).toEqual([]);
		} finally {
			dir.remove();
		}
	}, 60_000);
});
