import {EventEmitter} from 'node:events';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {openExternal, type OpenerProcess, type OpenerSpawnOptions, type SpawnOpener} from '../../../src/io/platform/open-link.js';

interface Call {
	readonly command: string;
	readonly args: readonly string[];
	readonly options: OpenerSpawnOptions;
}

/** A spawn that records its arguments and reports `outcome` the way node does: asynchronously. */
function fakeSpawn(outcome: 'spawn' | Error = 'spawn'): {spawn: SpawnOpener; calls: Call[]; unrefs: () => number} {
	const calls: Call[] = [];
	let unrefs = 0;
	const spawn: SpawnOpener = (command, args, options) => {
		calls.push({command, args: [...args], options});
		const child = Object.assign(new EventEmitter(), {unref: () => void unrefs++});
		queueMicrotask(() => (outcome === 'spawn' ? child.emit('spawn') : child.emit('error', outcome)));
		return child as OpenerProcess;
	};
	return {spawn, calls, unrefs: () => unrefs};
}

const URL = 'https://example.com/a?b=1&c=2';

describe('openExternal', () => {
	it.each([
		['linux', ['xdg-open', URL]],
		['freebsd', ['xdg-open', URL]],
		['darwin', ['open', URL]],
		['win32', ['rundll32', 'url.dll,FileProtocolHandler', URL]],
	] as const)('on %s passes exactly the opener and the URL, with no shell', async (platform, argv) => {
		const fake = fakeSpawn();
		await expect(openExternal(URL, {platform, spawn: fake.spawn})).resolves.toEqual({ok: true});
		expect(fake.calls).toHaveLength(1);
		const [call] = fake.calls;
		expect([call?.command, ...(call?.args ?? [])]).toEqual(argv);
		expect(call?.options).toEqual({shell: false, detached: true, stdio: 'ignore', windowsHide: true});
		expect(fake.unrefs()).toBe(1);
	});

	it('passes the normalised href', async () => {
		const fake = fakeSpawn();
		await openExternal('HTTPS://Example.COM', {platform: 'linux', spawn: fake.spawn});
		expect(fake.calls[0]?.args).toEqual(['https://example.com/']);
	});

	it.each([
		'javascript:alert(1)',
		'file:///etc/passwd',
		'-oProxyCommand=touch /tmp/x',
		'--help',
		'https://example.com/ x',
		'https://example.com/\u001b]52;c;eA==\u0007',
		'relative/path',
	])('never spawns for %j', async bad => {
		const fake = fakeSpawn();
		const result = await openExternal(bad, {platform: 'linux', spawn: fake.spawn});
		expect(result.ok).toBe(false);
		expect(fake.calls).toEqual([]);
		// The untrusted value is not echoed into a message meant for the screen.
		expect(result.ok ? '' : result.error).not.toContain(bad);
	});

	it('turns a missing opener into a clear error', async () => {
		const missing = Object.assign(new Error('spawn xdg-open ENOENT'), {code: 'ENOENT'});
		const fake = fakeSpawn(missing);
		await expect(openExternal(URL, {platform: 'linux', spawn: fake.spawn})).resolves.toEqual({ok: false, error: 'cannot open links: xdg-open was not found'});
	});

	it('turns a spawn that throws into an error result', async () => {
		const spawn: SpawnOpener = () => {
			throw new Error('EPERM');
		};
		await expect(openExternal(URL, {platform: 'darwin', spawn})).resolves.toEqual({ok: false, error: 'cannot open the link with open: EPERM'});
	});

	it('reports a missing opener from a real spawn without throwing', async () => {
		// An empty PATH: the real spawn looks xdg-open up there and finds nothing, so nothing launches.
		const empty = await mkdtemp(join(tmpdir(), 'newsterm-open-'));
		try {
			await expect(openExternal(URL, {platform: 'linux', env: {PATH: empty}})).resolves.toEqual({
				ok: false,
				error: 'cannot open links: xdg-open was not found',
			});
		} finally {
			await rm(empty, {recursive: true, force: true});
		}
	});
});
