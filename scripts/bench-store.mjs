// A large reading store made through the project's own store code (src/io/store/conf-store.ts, bundled with
// esbuild), so the benchmark measures the file the app itself would write for a heavy user.
import {statSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {bundleOptions} from './bundle-options.mjs';
import {rng} from './gen-corpus.mjs';
import {REPO, tempDir} from './bench-util.mjs';

const pad = (n, width) => String(n).padStart(width, '0');

/**
 * Ids spread over a ten times larger range than `count`, so about a tenth of a corpus of `count`
 * articles (ids sec01..sec20/aNNNNNNN) is already read, as for someone who reads some of everything.
 */
function readIds(count, seed) {
	const random = rng(seed);
	const ids = new Set();
	while (ids.size < count) {
		const n = Math.floor(random() * count * 10);
		ids.add(`sec${pad((n % 20) + 1, 2)}/a${pad(n, 7)}`);
	}
	return ids;
}

/**
 * Writes a store with `reads` read marks and `bookmarks` bookmarks into a new temp folder (flushed and
 * closed as the app would) and returns the folder, the config file's size and how long it took.
 */
export async function makeLargeStore({reads = 100_000, bookmarks = 1000, seed = 7} = {}) {
	const work = tempDir('store');
	const module = join(work, 'conf-store.mjs');
	await build(bundleOptions(join(REPO, 'src', 'io', 'store', 'conf-store.ts'), module));
	const {openConfStore} = await import(pathToFileURL(module).href);
	const dir = join(work, 'config');
	const started = performance.now();
	const store = openConfStore({dir});
	for (const id of readIds(reads, seed)) store.setRead(id, true);
	for (let i = 0; i < bookmarks; i++) {
		const n = i * 97;
		store.putBookmark({
			id: `sec${pad((n % 20) + 1, 2)}/a${pad(n, 7)}`,
			title: `Bookmarked story number ${i} about the harbour, the budget and the ferry service`,
			section: `Section ${(n % 20) + 1}`,
			updated: '2016-09-04T13:32',
			teaser: 'President Barack Obama said Sunday the US was "not there yet" in talks with Russia about a...',
			at: 1_700_000_000_000 + i * 60_000,
		});
	}
	store.flush();
	const status = store.status();
	store.close();
	const file = join(dir, 'config.json');
	return {dir, file, bytes: statSync(file).size, ms: performance.now() - started, reads, bookmarks, status};
}
