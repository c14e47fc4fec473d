/**
 * The cold painter (src/cli/start/cold-paint.ts): the frame it draws from the first article file, and
 * every start it leaves to the program because its frame could not be the program's.
 */
import {execFileSync} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {coldFrame} from '../../../src/cli/start/cold-paint.js';
import {openConfStore} from '../../../src/io/store/index.js';
import {cachePathFor} from '../../../src/io/list-cache/index.js';

const BUNDLED = join(import.meta.dirname, '..', '..', '..', 'articles');
let dir: string;
let articles: string;
let env: Record<string, string>;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'newsterm-cold-paint-'));
	articles = join(dir, 'articles');
	mkdirSync(join(articles, 'world'), {recursive: true});
	cpSync(join(BUNDLED, 'world', 'us-not-there-yet.txt'), join(articles, 'world', 'us-not-there-yet.txt'));
	cpSync(join(BUNDLED, 'sport'), join(articles, 'sport'), {recursive: true});
	env = {TERM: 'xterm-256color', NEWSTERM_CONFIG_DIR: join(dir, 'config'), NEWSTERM_CACHE_DIR: join(dir, 'cache'), LANG: 'C.UTF-8'};
});
afterEach(() => rmSync(dir, {recursive: true, force: true}));

const paint = (argv: readonly string[] = ['--articles', articles], size = {cols: 80, rows: 24}) =>
	coldFrame({argv, env, binFile: join(dir, 'dist', 'newsterm.cjs'), ...size});

/** The frame's rows as text, without styles. */
const rows = (frame: string): string[] => frame.replace(/\x1b\[[0-9;]*m/g, '').split('\n');

describe('the cold painter', () => {
	it("draws an article's section, with the header saying the scan has one", () => {
		const drawn = paint();
		expect(drawn).not.toBeNull();
		const text = rows(drawn?.frame ?? '');
		expect(text).toHaveLength(24);
		expect(text[0]).toMatch(/^ newsterm › Sections +reading… 1 *$/);
		expect(text[1]).toMatch(/^ {2}Unread +1 unread *$/);
		// Whichever the folder's listing gives first, as the program's own scan draws whichever it read first.
		expect(text[2]).toMatch(/^› (Sport|World) +1 of 1 unread *$/);
		expect(text[23]).toMatch(/^ j move/);
		expect(drawn?.paint.startsWith('\x1b[m\x1b[H\x1b[2J')).toBe(true);
	});

	it('skips hidden folders, dot-files and READMEs when it looks for the first article', () => {
		rmSync(join(articles, 'sport'), {recursive: true});
		mkdirSync(join(articles, '.git'));
		writeFileSync(join(articles, '.git', 'a.txt'), 'Hidden\n\nNot an article.\n');
		writeFileSync(join(articles, 'README.txt'), 'About this folder\n\nNot an article.\n');
		writeFileSync(join(articles, '.draft.txt'), 'Draft\n\nNot an article.\n');
		expect(rows(paint()?.frame ?? '')[2]).toMatch(/^› World +1 of 1 unread *$/);
	});

	it('draws the article read when the store says so, and fits the frame to the terminal', () => {
		rmSync(join(articles, 'sport'), {recursive: true});
		const store = openConfStore({dir: env['NEWSTERM_CONFIG_DIR']});
		store.setRead('world/us-not-there-yet', true);
		store.close();
		const text = rows(paint(undefined, {cols: 40, rows: 15})?.frame ?? '');
		expect(text).toHaveLength(15);
		expect(text[1]).toMatch(/^› World +all 1 read *$/);
	});

	it('draws the bundled articles when no folder is named', () => {
		const drawn = coldFrame({argv: [], env, binFile: join(dir, 'dist', 'newsterm.cjs'), cols: 80, rows: 24});
		// The bundled folder is found beside the bin's folder: <dir>/articles here.
		expect(rows(drawn?.frame ?? '')[2]).toMatch(/^› (Sport|World) +1 of 1 unread *$/);
	});

	it.each([
		['a command other than the reader', () => ['list', '--articles', articles]],
		['--samples, which adds the sample feeds', () => ['--samples', '--articles', articles]],
		['two folders', () => ['--articles', articles, '--articles', join(articles, 'world')]],
		['a folder that does not exist', () => ['--articles', join(dir, 'nowhere')]],
		['arguments the reader refuses', () => ['--no-such-option']],
	])('leaves %s to the program', (_name, argv) => {
		expect(paint(argv())).toBeNull();
	});

	it.each([
		['a warm list cache (the program draws the whole list)', () => writeFileSync(cachePathFor(articles, env['NEWSTERM_CACHE_DIR']), '')],
		['a config.toml (keys or colours it may change)', () => writeFileSync(join(env['NEWSTERM_CONFIG_DIR'] ?? '', 'config.toml'), '')],
		['a damaged store (the footer tells of it)', () => writeFileSync(join(env['NEWSTERM_CONFIG_DIR'] ?? '', 'config.json'), '{"version": 1,')],
		['a dumb terminal', () => (env['TERM'] = 'dumb')],
		['a FIFO where the store should be (never waited on)', () => execFileSync('mkfifo', [join(env['NEWSTERM_CONFIG_DIR'] ?? '', 'config.json')])],
		['an empty folder', () => rmSync(articles, {recursive: true}) ?? mkdirSync(articles)],
	])('leaves a start with %s to the program', (_name, arrange) => {
		mkdirSync(env['NEWSTERM_CONFIG_DIR'] ?? '', {recursive: true});
		mkdirSync(env['NEWSTERM_CACHE_DIR'] ?? '', {recursive: true});
		arrange();
		expect(paint()).toBeNull();
	});

	it('leaves feeds to refresh to the program, but paints an --offline start with feeds', () => {
		const store = openConfStore({dir: env['NEWSTERM_CONFIG_DIR']});
		store.putFeed({key: 'abcdefghij', url: 'http://127.0.0.1:9/feed.xml', title: 'Harbour Wire', section: null, added: 1});
		store.close();
		expect(paint()).toBeNull();
		expect(paint(['--offline', '--articles', articles])).not.toBeNull();
	});
});
