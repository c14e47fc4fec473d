import type {ServerResponse} from 'node:http';
import {afterEach, expect, it} from 'vitest';
import {createFetcher} from '../../../src/io/http/fetcher.js';
import {type LoopbackServer, startHttpServer} from '../../helpers/http-server.js';

const servers: LoopbackServer[] = [];
afterEach(async () => {
	await Promise.all(servers.splice(0).map(server => server.close()));
});

it('never has more than perHost requests at one host, nor more than concurrency in all', async () => {
	// Three hosts (one port each). Every answer is held until four requests are waiting at once, then
	// all are released: with concurrency 4 and perHost 2 the fetcher must start A, A, B, B, then
	// A, A, C, C. A fetcher that ignored perHost would put four at A; one that ignored concurrency,
	// all eight at once. Before releasing, a probe request goes to each host on a new connection:
	// a request the fetcher had wrongly sent in the same burst is in before the later probe.
	const held: ServerResponse[] = [];
	const active = [0, 0, 0];
	const maxima = [0, 0, 0];
	let maxTotal = 0;
	const host = (index: number) =>
		startHttpServer((request, response) => {
			if (request.url === '/probe') return response.end();
			active[index]!++;
			maxima[index] = Math.max(maxima[index]!, active[index]!);
			maxTotal = Math.max(maxTotal, active[0]! + active[1]! + active[2]!);
			response.once('finish', () => active[index]!--);
			held.push(response);
			if (held.length === 4) void probeThenRelease();
		});
	const probeThenRelease = async (): Promise<void> => {
		await Promise.all(servers.map(server => fetch(`${server.origin}/probe`).then(response => response.text())));
		for (const waiting of held.splice(0)) waiting.end('answer');
	};
	servers.push(...(await Promise.all([host(0), host(1), host(2)])));
	const [a, b, c] = servers.map(server => server.origin);
	const fetcher = createFetcher({env: {}, concurrency: 4, perHost: 2, connectTimeoutMs: 3000, totalTimeoutMs: 3000});
	const urls = [a, a, a, a, b, b, c, c].map((origin, i) => `${origin}/${i}`);
	const outcomes = await Promise.all(urls.map(url => fetcher.fetch({url})));
	expect(outcomes.map(outcome => outcome.kind)).toEqual(Array(8).fill('ok'));
	expect(maxima).toEqual([2, 2, 2]);
	expect(maxTotal).toBe(4);
	expect(servers.map(server => server.hits)).toEqual([6, 4, 4]);
});
