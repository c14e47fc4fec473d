import {afterEach, expect, it} from 'vitest';
import {createFetcher} from '../../../src/io/http/fetcher.js';
import {type LoopbackServer, startHttpServer} from '../../helpers/http-server.js';

const servers: LoopbackServer[] = [];
afterEach(async () => {
	await Promise.all(servers.splice(0).map(server => server.close()));
});

it('lets a thousand-feed refresh share one signal without piling listeners on it', async () => {
	// A refresh passes one signal to every fetch; a listener per fetch would trip Node's leak warning.
	const warnings: string[] = [];
	const onWarning = (warning: Error): void => void warnings.push(warning.name);
	process.on('warning', onWarning);
	try {
		const server = await startHttpServer((_, response) => response.end('ok'));
		servers.push(server);
		const controller = new AbortController();
		const fetcher = createFetcher({env: {}, concurrency: 4, perHost: 4});
		const outcomes = await Promise.all(Array.from({length: 40}, (_, i) => fetcher.fetch({url: `${server.origin}/${i}`, signal: controller.signal})));
		expect(outcomes.every(outcome => outcome.kind === 'ok')).toBe(true);
		// Warnings are emitted on a later tick: let one pass before looking.
		await new Promise(resolve => setImmediate(resolve));
		expect(warnings).toEqual([]);
	} finally {
		process.off('warning', onWarning);
	}
});
