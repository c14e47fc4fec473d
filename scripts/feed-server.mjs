// A loopback feed server for the feeds benchmark and tests: N seeded feeds (scripts/feed-docs.mjs) on
// 127.0.0.1, each answer held back `delayMs` as a distant server's would be, gzip when asked, ETag and
// Last-Modified with 304 on a match, and counters of requests and of the bytes both ways. It listens
// on `hosts` ports, feed n on port n % hosts: a fetcher that limits requests per host (host and port)
// then sees the many hosts a real list of feeds lives on. /feeds.opml lists the feeds (?count=N: the first N).
import {createHash} from 'node:crypto';
import {createServer} from 'node:http';
import {promisify} from 'node:util';
import {gunzipSync, gzip} from 'node:zlib';
import {feedDoc, feedInfo, feedFormat, opmlOf} from './feed-docs.mjs';
import {DEFAULT_SEED} from './gen-corpus.mjs';

const gzipAsync = promisify(gzip);
const EXTENSIONS = {rss: 'xml', atom: 'atom', json: 'json'};

/** The bytes of a request's head as it came: the request line, each header line and the blank line. */
function requestHeadBytes(req) {
	let bytes = Buffer.byteLength(`${req.method} ${req.url} HTTP/${req.httpVersion}\r\n\r\n`);
	for (let i = 0; i < req.rawHeaders.length; i += 2) bytes += Buffer.byteLength(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}\r\n`);
	return bytes;
}

const zeroCounts = () => ({requests: 0, conditional: 0, notModified: 0, requestBytes: 0, responseBytes: 0});

/** Renders feed n's current edition: its gzip bytes (the plain text is unzipped only for a client that asks for it). */
async function render(seed, n, edition) {
	const doc = feedDoc(seed, n, edition);
	const body = Buffer.from(doc.text);
	const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`;
	return {gz: await gzipAsync(body), size: body.length, type: doc.type, etag, lastModified: doc.updated.toUTCString(), modifiedMs: doc.updated.getTime()};
}

/** Whether the request's validators match the feed as it is now (If-None-Match wins over If-Modified-Since). */
function unchanged(req, feed) {
	const tags = req.headers['if-none-match'];
	if (tags !== undefined) return tags.split(',').some(tag => tag.trim().replace(/^W\//, '') === feed.etag || tag.trim() === '*');
	const since = Date.parse(req.headers['if-modified-since'] ?? '');
	return Number.isFinite(since) && since >= Math.floor(feed.modifiedMs / 1000) * 1000;
}

/**
 * Renders `feeds` feeds and starts serving them; resolves once every port listens. Feed n's URL is
 * `urls[n]`; `publish(count)` adds a new item to the first `count` feeds (a new ETag, Last-Modified);
 * `takeCounts()` returns the counters since the last call and starts them again.
 */
export async function startFeedServer({feeds, seed = DEFAULT_SEED, delayMs = 50, hosts = 1} = {}) {
	const editions = new Array(feeds).fill(0);
	const docs = [];
	const renderAll = async indexes => {
		// A few at a time, so zlib's threads work while this one writes the next feeds.
		for (let i = 0; i < indexes.length; i += 8) {
			const batch = indexes.slice(i, i + 8);
			const done = await Promise.all(batch.map(n => render(seed, n, editions[n])));
			for (const [k, n] of batch.entries()) docs[n] = done[k];
		}
	};
	await renderAll(Array.from({length: feeds}, (_, n) => n));
	let counts = zeroCounts();
	const written = new WeakMap();
	const servers = [];
	const ports = [];
	const urls = [];

	const answer = (req, res) => {
		const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
		const feed = /^\/feeds\/(\d+)\.\w+$/.exec(path);
		const n = feed ? Number(feed[1]) : -1;
		if (path === '/feeds.opml') {
			const count = Math.min(feeds, Number(new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('count') ?? feeds));
			const list = urls.slice(0, count).map((url, i) => ({...feedInfo(seed, i), url}));
			res.writeHead(200, {'content-type': 'text/x-opml; charset=utf-8'}).end(opmlOf(list));
			return;
		}
		if (!(n >= 0 && n < feeds)) {
			res.writeHead(404, {'content-type': 'text/plain'}).end('not found\n');
			return;
		}
		const doc = docs[n];
		const validators = {etag: doc.etag, 'last-modified': doc.lastModified};
		if (req.headers['if-none-match'] !== undefined || req.headers['if-modified-since'] !== undefined) counts.conditional++;
		if (unchanged(req, doc)) {
			counts.notModified++;
			res.writeHead(304, validators).end();
			return;
		}
		const zipped = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
		const body = zipped ? doc.gz : gunzipSync(doc.gz);
		const encoding = zipped ? {'content-encoding': 'gzip'} : {};
		res.writeHead(200, {...validators, ...encoding, 'content-type': doc.type, 'content-length': body.length, vary: 'Accept-Encoding'}).end(body);
	};

	const handle = (req, res) => {
		counts.requests++;
		counts.requestBytes += requestHeadBytes(req);
		// What the socket carried for this answer: head and body, as sent (compressed when it was).
		res.on('finish', () => {
			const socket = res.socket ?? req.socket;
			const before = written.get(socket) ?? 0;
			counts.responseBytes += socket.bytesWritten - before;
			written.set(socket, socket.bytesWritten);
		});
		req.resume();
		setTimeout(() => answer(req, res), delayMs);
	};

	for (let i = 0; i < Math.max(1, hosts); i++) {
		const server = createServer({keepAliveTimeout: 30_000}, handle);
		await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
		servers.push(server);
		ports.push(server.address().port);
	}
	for (let n = 0; n < feeds; n++) urls.push(`http://127.0.0.1:${ports[n % ports.length]}/feeds/${n}.${EXTENSIONS[feedFormat(n)]}`);

	return {
		urls,
		ports,
		/** The OPML of the first `count` feeds (all by default). */
		opmlUrl: (count = feeds) => `http://127.0.0.1:${ports[0]}/feeds.opml?count=${count}`,
		/** Bytes of feed n's current edition, uncompressed. */
		feedBytes: n => docs[n].size,
		async publish(count = feeds) {
			const changed = Array.from({length: Math.min(count, feeds)}, (_, n) => n);
			for (const n of changed) editions[n]++;
			await renderAll(changed);
		},
		takeCounts() {
			const taken = counts;
			counts = zeroCounts();
			return taken;
		},
		async close() {
			await Promise.all(
				servers.map(server => {
					const closed = new Promise(resolve => server.close(() => resolve()));
					server.closeAllConnections();
					return closed;
				}),
			);
		},
	};
}
