import {spawn} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {BIN, ensureBuilt, runBin, tempDir} from '../helpers/bin.js';

const config = tempDir('newsterm-cli-');
const env = {NEWSTERM_CONFIG_DIR: config.path, NEWSTERM_CACHE_DIR: `${config.path}/cache`};
const SEED = 'world/us-not-there-yet';

beforeAll(ensureBuilt);
afterAll(config.remove);

describe('newsterm list', () => {
	test('--json lists every bundled article, newest first, with flags', () => {
		const run = runBin(['list', '--json'], env);
		expect(run.code).toBe(0);
		const entries = JSON.parse(run.stdout) as {id: string; title: string; section: string; updated: string; read: boolean; bookmarked: boolean}[];
		expect(entries).toHaveLength(24);
		expect(Object.keys(entries[0] ?? {})).toEqual(['id', 'title', 'section', 'updated', 'read', 'bookmarked']);
		const dates = entries.map(entry => entry.updated);
		expect(dates).toEqual([...dates].sort().reverse());
		expect(entries.at(-1)).toEqual({
			id: SEED,
			title: 'US "not there yet" in Syria ceasefire talks with Russia, Obama says',
			section: 'World',
			updated: '2016-09-04T13:32',
			read: false,
			bookmarked: false,
		});
		expect(new Set(entries.map(entry => entry.section)).size).toBeGreaterThanOrEqual(5);
	});

	test('an empty library prints nothing, so list | wc -l counts articles', () => {
		const empty = tempDir('newsterm-empty-');
		const run = runBin(['list', '--articles', empty.path], env);
		empty.remove();
		expect(run.code).toBe(0);
		expect(run.stdout).toBe('');
	});

	test('into a pipe the rows keep their shape, whole titles and ids, with no legend', () => {
		const lines = runBin(['list'], env).stdout.split('\n');
		expect(lines).toHaveLength(25);
		expect(lines[23]).toBe('●  2016-09-04 13:32  World       US "not there yet" in Syria ceasefire talks with Russia, Obama says  [world/us-not-there-yet]');
		expect(lines[24]).toBe('');
	});

	test('options may come before the command', () => {
		const after = runBin(['list', '--json'], env);
		const before = runBin(['--json', 'list'], env);
		expect(before.stdout).toBe(after.stdout);
	});
});

describe('newsterm read', () => {
	test('--json on the seed gives every field, quotes located in their paragraphs', () => {
		const run = runBin(['read', SEED, '--json'], env);
		expect(run.code).toBe(0);
		const article = JSON.parse(run.stdout);
		expect(Object.keys(article)).toEqual([
			'id',
			'title',
			'section',
			'updated',
			'dateAmbiguous',
			'paragraphs',
			'quotes',
			'related',
			'more',
			'read',
			'bookmarked',
		]);
		expect(article.paragraphs).toHaveLength(15);
		expect(article.quotes).toHaveLength(10);
		for (const quote of article.quotes) {
			expect(article.paragraphs[quote.paragraph].slice(quote.start, quote.end)).toBe(quote.text);
		}
		expect(article.quotes[0]).toEqual({paragraph: 0, start: 46, end: 61, text: '"not there yet"'});
		expect(article.related).toEqual({title: 'US and Russia agree on Syria ceasefire plan', date: '2016-09-10T00:57', id: null});
		expect(article.more.section).toBe('World');
		expect(article.more.items).toHaveLength(5);
		expect(article.more.items.every((item: {id: string | null}) => item.id === null)).toBe(true);
		expect(article.dateAmbiguous).toBe(false);
		expect(article.read).toBe(false);
	});

	test('--markdown prints the file s saves: title, date and section, the text escaped, "More from" listed', () => {
		const run = runBin(['read', SEED, '--markdown'], env);
		expect(run.code).toBe(0);
		expect(run.stdout).not.toContain('\x1b');
		const lines = run.stdout.split('\n');
		expect(lines.slice(0, 3)).toEqual(['# US "not there yet" in Syria ceasefire talks with Russia, Obama says', '', '2016-09-04 13:32 · World']);
		expect(run.stdout).toContain('\n## More from World\n\n- ');
		expect(run.stdout).toContain('\nRelated: US and Russia agree on Syria ceasefire plan (2016-09-10 00:57)\n');
		expect(run.stdout.endsWith('\n')).toBe(true);
	});

	test('reading does not mark the article read', () => {
		runBin(['read', SEED], env);
		const entries = JSON.parse(runBin(['list', '--json'], env).stdout) as {id: string; read: boolean}[];
		expect(entries.find(entry => entry.id === SEED)?.read).toBe(false);
	});

	test('plain text wraps to --width and carries no escape sequences in a pipe', () => {
		const run = runBin(['read', 'not there yet', '--width', '40'], env);
		expect(run.code).toBe(0);
		expect(run.stdout).not.toContain('\x1b');
		const lines = run.stdout.trimEnd().split('\n');
		expect(lines[0]).toBe('US "not there yet" in Syria ceasefire');
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
		expect(run.stdout).toContain('More from World');
	});

	test('--color=always keeps the SGR codes in a pipe, and --color=never or FORCE_COLOR=0 drops them', () => {
		const always = runBin(['read', SEED, '--color=always'], env);
		expect(always.code).toBe(0);
		expect(always.stdout).toMatch(/\x1b\[1mUS "not there yet"/);
		expect(always.stdout).toContain('\x1b[33m\x1b[3m"not there yet"\x1b[23m\x1b[39m');
		expect(runBin(['read', SEED, '--color=never'], {...env, FORCE_COLOR: '1'}).stdout).not.toContain('\x1b');
		expect(runBin(['read', SEED], {...env, FORCE_COLOR: '1'}).stdout).toContain('\x1b[1m');
	});

	test('a link in another article resolves to a library id', () => {
		const run = runBin(['--json', 'read', 'world/valmora-harbour-reopens'], env);
		const article = JSON.parse(run.stdout);
		expect(article.related.id).toBe('business/corvane-shipping-record-profit');
		expect(article.more.items.map((item: {id: string | null}) => item.id)).toContain(SEED);
		expect(article.more.items.some((item: {id: string | null}) => item.id === null)).toBe(true);
	});
});

describe('newsterm check', () => {
	test("says what was parsed, with plurals, and each article's format problems", () => {
		const folder = tempDir('newsterm-check-');
		mkdirSync(join(folder.path, 'world'));
		writeFileSync(join(folder.path, 'world', 'no-date.txt'), 'A title\n\nA body.\n');
		const one = runBin(['check', '--articles', folder.path], env);
		writeFileSync(join(folder.path, 'world', 'fine.txt'), 'Fine\n\nBody.\n\nLast update: Sun, 04/09/2016 - 13:32\n');
		writeFileSync(join(folder.path, 'world', 'odd.bin.txt'), Buffer.from([0, 1, 2, 0, 0, 0, 0, 255]));
		const two = runBin(['check', '--articles', folder.path], env);
		folder.remove();
		expect(one.stdout).toBe('problem  world/no-date: no "Last update:" line\n1 article parsed (1 with format problems), 0 files skipped\n');
		expect(two.stdout.split('\n').slice(-3)).toEqual([
			'problem  world/no-date: no "Last update:" line',
			'2 articles parsed (1 with format problems), 1 file skipped',
			'',
		]);
	});

	test('the bundled articles: the one ambiguous date, and nothing skipped', () => {
		const run = runBin(['check'], env);
		expect(run.code).toBe(0);
		expect(run.stdout).toBe(
			'problem  culture/hollin-museum-tapestry: day and month order is ambiguous; read as DD/MM\n24 articles parsed (1 with format problems), 0 files skipped\n',
		);
	});
});

describe('errors', () => {
	test('no match: exit 1 and one clear line on stderr', () => {
		const run = runBin(['read', 'zebra crossing quantum'], env);
		expect(run.code).toBe(1);
		expect(run.stdout).toBe('');
		expect(run.stderr.trim().split('\n')).toHaveLength(1);
		expect(run.stderr).toContain('no article matches "zebra crossing quantum"');
	});

	test('no match but a near one: exit 1 and a suggestion', () => {
		const run = runBin(['read', 'portsalt ferry strkie'], env);
		expect(run.code).toBe(1);
		expect(run.stdout).toBe('');
		expect(run.stderr).toContain('no article matches "portsalt ferry strkie"; did you mean:\n  world/portsalt-ferry-strike-called-off  Portsalt ferry strike');
	});

	test('several matches: exit 2 and the candidates', () => {
		const run = runBin(['read', 'Valmora'], env);
		expect(run.code).toBe(2);
		expect(run.stderr).toContain('world/valmora-harbour-reopens');
		expect(run.stderr).toContain('culture/valmora-lantern-festival');
	});

	test('many matches: at most 10 candidates and a count of the rest', () => {
		const folder = tempDir('newsterm-many-');
		mkdirSync(join(folder.path, 'world'));
		for (let i = 1; i <= 42; i++) {
			writeFileSync(join(folder.path, 'world', `storm-${i}.txt`), `Storm report ${i}\n\nBody.\n\nLast update: Sun, 04/09/2016 - 13:32\n`);
		}
		const run = runBin(['read', 'storm', '--articles', folder.path], env);
		folder.remove();
		expect(run.code).toBe(2);
		const lines = run.stderr.trimEnd().split('\n');
		expect(lines[0]).toBe('newsterm: "storm" matches 42 articles; name one by id:');
		expect(lines).toHaveLength(12);
		expect(lines.at(-1)).toBe('  … and 32 more');
	});

	test('a pipe closed early (| head -1) ends quietly, not with an EPIPE stack trace', async () => {
		const folder = tempDir('newsterm-epipe-');
		mkdirSync(join(folder.path, 'world'));
		// Far more than a pipe holds, so the write is still going when the reader of the pipe leaves.
		const body = Array.from({length: 30_000}, (_, i) => `Paragraph ${i} of a very long article.`).join('\n\n');
		writeFileSync(join(folder.path, 'world', 'long.txt'), `A long one\n\n${body}\n`);
		const child = spawn(process.execPath, [BIN, 'read', 'world/long', '--articles', folder.path], {env: {...process.env, ...env}});
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
		});
		child.stdout.once('data', () => child.stdout.destroy());
		const code = await new Promise<number | null>(resolve => child.on('close', resolve));
		folder.remove();
		expect(stderr).toBe('');
		expect(code).toBe(0);
	});

	test('an unknown option says so and exits 2 without a stack trace', () => {
		const run = runBin(['list', '--frobnicate'], env);
		expect(run.code).toBe(2);
		expect(run.stderr).toContain('unknown option "--frobnicate"');
		expect(run.stderr).not.toMatch(/\n\s+at /);
	});

	test('a missing --articles folder is a clear error', () => {
		const run = runBin(['list', '--articles', '/nonexistent/newsterm'], env);
		expect(run.code).toBe(1);
		expect(run.stderr).toContain('no such folder');
	});

	test('the reader refuses to start without a terminal instead of hanging', () => {
		const run = runBin([], env);
		expect(run.code).toBe(1);
		expect(run.stderr).toContain('needs a terminal');
	});

	test('--help and --version', () => {
		expect(runBin(['--help']).stdout).toContain('newsterm read <id | title words>');
		expect(runBin(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
	});

	test('help works like --help, and help <command> gives that command alone', () => {
		const help = runBin(['help']);
		expect(help.code).toBe(0);
		expect(help.stdout).toBe(runBin(['--help']).stdout);
		const read = runBin(['help', 'read']);
		expect(read.code).toBe(0);
		expect(read.stdout).toContain('newsterm read <id | title words>');
		expect(read.stdout).toContain('--width N');
		expect(read.stdout).not.toContain('Keys in the reader');
		expect(runBin(['read', '--help']).stdout).toBe(read.stdout);
		expect(runBin(['help', 'check']).stdout).not.toContain('--json');
	});

	test('an option the command ignores is an error, not silently dropped', () => {
		const run = runBin(['list', '--width', '40'], env);
		expect(run.code).toBe(2);
		expect(run.stderr).toContain('--width does not apply to list');
	});
});
