import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {runPiped} from '../../../src/io/export/pipe.js';
import {tempDir} from '../../helpers/bin.js';

const made: (() => void)[] = [];
afterEach(() => {
	for (const remove of made.splice(0)) remove();
});

const TEXT = 'Tide tables\n\nHigh water at 06:12 — a metre above the mean.\n';

describe('runPiped', () => {
	it('gives the command the text on its stdin, through sh -c', async () => {
		const dir = tempDir('newsterm-pipe-');
		made.push(dir.remove);
		const out = join(dir.path, 'out.txt');
		const outcome = await runPiped(`cat > '${out}' && wc -c < '${out}' > '${out}.count'`, TEXT, {wait: false});
		expect(outcome).toEqual({kind: 'exit', code: 0});
		expect(await readFile(out, 'utf8')).toBe(TEXT);
		expect((await readFile(`${out}.count`, 'utf8')).trim()).toBe(String(Buffer.byteLength(TEXT)));
	});

	it.each([
		['its exit status', 'exit 3', {kind: 'exit', code: 3}],
		['a command that is not found', 'no-such-command-newsterm-test 2>/dev/null', {kind: 'exit', code: 127}],
		['the signal that ended it', 'kill -TERM $$', {kind: 'signal', signal: 'SIGTERM'}],
		['a command that reads none of the text', 'true', {kind: 'exit', code: 0}],
	])('reports %s', async (_, command, outcome) => {
		expect(await runPiped(command, TEXT.repeat(5000), {wait: false})).toEqual(outcome);
	});

	it('says so when there is no shell to run it', async () => {
		const outcome = await runPiped('true', TEXT, {wait: false, env: {PATH: '/nonexistent'}});
		expect(outcome.kind === 'failed' ? outcome.code : outcome).toBe('ENOENT');
	});
});
