import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {afterAll, beforeAll} from 'vitest';
import {type HttpLoopbackServer, startHttpServer} from '../helpers/http-server.js';

/**
 * A loopback server answering every path with one feed from test/fixtures/feeds, started before the
 * file's tests and closed after them; `origin` is its `http://127.0.0.1:<port>` once started.
 */
export function useFixtureFeed(name: string): {readonly origin: string} {
	let server: HttpLoopbackServer | undefined;
	beforeAll(async () => {
		const feed = await readFile(join(import.meta.dirname, '..', 'fixtures', 'feeds', name), 'utf8');
		server = await startHttpServer((_request, response) => {
			response.writeHead(200, {'content-type': 'application/rss+xml; charset=utf-8'}).end(feed);
		});
	});
	afterAll(async () => {
		await server?.close();
	});
	return {
		get origin() {
			if (!server) throw new Error('the fixture feed server has not started');
			return server.origin;
		},
	};
}
