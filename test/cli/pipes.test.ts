/**
 * Output that cannot be written: a pipe whose reader left (`newsterm list | head -1`) ends quietly
 * with status 0, as git does; any other write error (`> /dev/full`) is one line on stderr and status 1.
 * Never a stack trace, from any subcommand.
 */
import {spawn} from 'node:child_process';
import {closeSync, openSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {generateCorpus} from '../../scripts/gen-corpus.mjs';
import {BIN, ensureBuilt, tempDir} from '../helpers/bin.js';

const folder = tempDir('newsterm-pipes-');
const corpus = join(folder.path, 'corpus');
const env = {...process.env, NEWSTERM_CONFIG_DIR: join(folder.path, 'config'), NEWSTERM_CACHE_DIR: join(folder.path, 'cache'), NO_COLOR: '1'};

beforeAll(async () => {
	ensureBuilt();
	await generateCorpus(corpus, 2000);
}, 60_000);
afterAll(folder.remove);

/** What a run left: its status and its whole stderr. */
interface Ended {
	readonly code: number | null;
	readonly stderr: string;
}

/** Runs the bin with stdout a pipe that `close` shuts, given the child's stdout, at the moment it chooses. */
function runClosingPipe(args: readonly string[], close: (stdout: NodeJS.ReadableStream & {destroy(): void}) => void): Promise<Ended> {
	const child = spawn(process.execPath, [BIN, ...args], {env, stdio: ['ignore', 'pipe', 'pipe']});
	let stderr = '';
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
	close(child.stdout);
	return new Promise(resolve => child.on('close', code => resolve({code, stderr})));
}

/** Runs the bin with stdout on /dev/full, where every write fails with ENOSPC. */
function runToFull(args: readonly string[]): Promise<Ended> {
	const full = openSync('/dev/full', 'w');
	const child = spawn(process.execPath, [BIN, ...args], {env, stdio: ['ignore', full, 'pipe']});
	closeSync(full);
	let stderr = '';
	child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
	return new Promise(resolve => child.on('close', code => resolve({code, stderr})));
}

const COMMANDS = [
	['list', '--articles', corpus],
	['list', '--json', '--articles', corpus],
	['read', 'sec03/a0000822', '--articles', corpus],
	['read', 'sec03/a0000822', '--json', '--articles', corpus],
	['check', '--articles', corpus],
	['--help'],
	['--version'],
];

describe('a closed pipe ends quietly with status 0', () => {
	test('list on 2,000 articles, the reader leaving after the first chunk (| head -1)', async () => {
		const ended = await runClosingPipe(['list', '--articles', corpus], stdout => stdout.once('data', () => stdout.destroy()));
		expect(ended).toEqual({code: 0, stderr: ''});
	});

	test.each(COMMANDS.map(args => [args.filter(arg => arg !== corpus).join(' '), args] as const))(
		'%s, the reader gone before the first write',
		async (_name, args) => {
			const ended = await runClosingPipe(args, stdout => stdout.destroy());
			expect(ended).toEqual({code: 0, stderr: ''});
		},
	);
});

describe('any other write error is one line on stderr and status 1', () => {
	test.each(COMMANDS.map(args => [args.filter(arg => arg !== corpus).join(' '), args] as const))('%s > /dev/full', async (_name, args) => {
		const ended = await runToFull(args);
		expect(ended).toEqual({code: 1, stderr: 'newsterm: cannot write the output: the disk is full\n'});
	});
});
