// The feeds benchmark's baseline: the least a Node program must do to refresh a list of feeds. It
// fetches every URL of URLS_FILE (one a line) with Node's fetch, 16 at a time, and parses each with
// feedsmith's parseFeed. The ETag and Last-Modified of each feed are kept in STATE_FILE (JSON): a run
// that finds the file sends conditional requests, as newsterm's second refresh does. The benchmark
// runs it as a child process, so it pays its own start-up as newsterm does.
// Usage: node scripts/bench-feeds-minimal.mjs URLS_FILE STATE_FILE
// Prints one line of JSON: {feeds, fetched, notModified, failed, items}; exits 1 when a feed failed.
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {parseFeed} from 'feedsmith';

const CONCURRENCY = 16;
const [urlsFile, stateFile] = process.argv.slice(2);
if (!urlsFile || !stateFile) {
	process.stderr.write('usage: node scripts/bench-feeds-minimal.mjs URLS_FILE STATE_FILE\n');
	process.exit(2);
}
const urls = readFileSync(urlsFile, 'utf8').split('\n').filter(Boolean);
/** url -> {etag, lastModified} from the last run. */
const state = existsSync(stateFile) ? JSON.parse(readFileSync(stateFile, 'utf8')) : {};
const totals = {feeds: urls.length, fetched: 0, notModified: 0, failed: 0, items: 0};

async function refresh(url) {
	const before = state[url];
	const headers = {};
	if (before?.etag) headers['if-none-match'] = before.etag;
	if (before?.lastModified) headers['if-modified-since'] = before.lastModified;
	const response = await fetch(url, {headers});
	if (response.status === 304) {
		totals.notModified++;
		return;
	}
	if (!response.ok) throw new Error(`HTTP ${response.status}`);
	const text = await response.text();
	const {feed} = parseFeed(text);
	totals.items += (feed.items ?? feed.entries ?? []).length;
	totals.fetched++;
	state[url] = {etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified')};
}

let next = 0;
await Promise.all(
	Array.from({length: CONCURRENCY}, async () => {
		while (next < urls.length) {
			const url = urls[next++];
			try {
				await refresh(url);
			} catch (error) {
				totals.failed++;
				process.stderr.write(`${url}: ${error instanceof Error ? error.message : String(error)}\n`);
			}
		}
	}),
);
writeFileSync(stateFile, JSON.stringify(state));
process.stdout.write(`${JSON.stringify(totals)}\n`);
process.exitCode = totals.failed > 0 ? 1 : 0;
