import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {runFeedCommand} from '../../../src/cli/feeds/run.js';
import {addFeed} from '../../../src/io/feeds/index.js';
import {failed, notModified, ok} from '../../doubles/memory-fetcher.js';
import {rssText} from '../../helpers/feed-texts.js';
import {captureStreams, type FeedsHarness, feedsHarness} from './harness.js';

const url = (name: string): string => `https://${name}.example/rss`;
let h: FeedsHarness;

/** Subscribes to feeds named `names`, each with 2 items. */
async function subscribe(...names: string[]): Promise<void> {
	for (const [i, name] of names.entries()) {
		h.fetcher.answer(url(name), ok(url(name), rssText(`${name} news`, 2, `https://${name}.example/`)));
		await addFeed(url(name), null, {fetcher: h.fetcher, archive: h.feeds.archive, store: h.store, now: 1_770_000_000_000 + i});
	}
}

beforeEach(() => {
	h = feedsHarness();
});
afterEach(() => h.remove());

const refresh = async (options: {json?: boolean; stderrIsTTY?: boolean} = {}) => {
	const io = captureStreams({stderrIsTTY: options.stderrIsTTY});
	const code = await runFeedCommand('refresh', {query: '', section: null, json: options.json ?? false}, h.feeds, io);
	return {code, stdout: io.stdout, stderr: io.stderr};
};

describe('newsterm refresh', () => {
	it('updated, unchanged and failed feeds: each failure on its line, the summary, exit 1', async () => {
		await subscribe('alpha', 'beta', 'gamma', 'delta');
		h.fetcher.answer(url('alpha'), ok(url('alpha'), rssText('alpha news', 5, 'https://alpha.example/')));
		h.fetcher.answer(url('beta'), notModified(url('beta')));
		h.fetcher.answer(url('gamma'), failed('HTTP 500 Internal Server Error', 500));
		h.fetcher.answer(url('delta'), failed('gone (HTTP 410)', 410));
		const run = await refresh();
		expect(run).toEqual({
			code: 1,
			stdout: 'gamma news: HTTP 500 Internal Server Error\ndelta news: gone (HTTP 410)\nRefreshed 4 feeds: 1 updated (3 new items), 1 unchanged, 2 failed\n',
			stderr: '',
		});
	});

	it('all well: exit 0, and a feed with nothing new is updated with 0 new items', async () => {
		await subscribe('alpha', 'beta');
		h.fetcher.answer(url('beta'), notModified(url('beta')));
		expect(await refresh()).toEqual({code: 0, stdout: 'Refreshed 2 feeds: 1 updated (0 new items), 1 unchanged, 0 failed\n', stderr: ''});
	});

	it('sends what the last fetch learned, so an unchanged feed can answer 304', async () => {
		await subscribe('alpha');
		h.fetcher.answer(url('alpha'), ok(url('alpha'), rssText('alpha news', 2, 'https://alpha.example/'), {etag: '"e1"'}));
		await refresh();
		await refresh();
		expect(h.fetcher.requests.at(-1)).toMatchObject({url: url('alpha'), etag: '"e1"'});
	});

	it('on a terminal, progress on stderr on one line, cleared at the end; none into a pipe', async () => {
		await subscribe('alpha', 'beta', 'gamma');
		const tty = await refresh({stderrIsTTY: true});
		const steps = tty.stderr.split('\r').filter(part => part !== '');
		expect(steps.slice(0, -1)).toEqual(['0/3 feeds', '1/3 feeds', '2/3 feeds', '3/3 feeds']);
		expect(steps.at(-1)).toBe('\x1b[K');
		expect(tty.stdout).toBe('Refreshed 3 feeds: 3 updated (0 new items), 0 unchanged, 0 failed\n');
		expect((await refresh()).stderr).toBe('');
	});

	it('--json prints the reports, one per feed', async () => {
		await subscribe('alpha', 'gamma');
		h.fetcher.answer(url('gamma'), failed('connection refused'));
		const run = await refresh({json: true});
		expect(run.code).toBe(1);
		const reports = JSON.parse(run.stdout) as {url: string; outcome: string; error: string | null; items: number}[];
		expect(reports.map(report => [report.url, report.outcome, report.error, report.items])).toEqual([
			[url('alpha'), 'updated', null, 2],
			[url('gamma'), 'error', 'connection refused', 2],
		]);
	});

	it('a failing title or reason from a server cannot reach the terminal as escapes', async () => {
		await subscribe('alpha');
		h.fetcher.answer(url('alpha'), failed('HTTP 500 \x1b]0;owned\x07'));
		const run = await refresh();
		expect(run.stdout).not.toMatch(/[\x1b\x07]/);
		expect(run.code).toBe(1);
	});

	it('no feeds: a hint, exit 0', async () => {
		expect(await refresh()).toEqual({code: 0, stdout: '', stderr: 'No feeds to refresh: newsterm add <url>, or newsterm import <file.opml>\n'});
		expect((await refresh({json: true})).stdout).toBe('[]\n');
	});
});
