import {execFileSync} from 'node:child_process';
import {chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {frameFileName, type SavedFrame} from '../../../src/core/frame-cache/index.js';
import {forgetFrame, loadSavedFrame, saveFrame, stampOf} from '../../../src/io/frame-cache/index.js';

let dir: string;
let cacheDir: string;
let articles: string;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'newsterm-frame-cache-'));
	cacheDir = join(dir, 'cache');
	articles = join(dir, 'articles');
	mkdirSync(join(articles, 'world'), {recursive: true});
});
afterEach(() => rmSync(dir, {recursive: true, force: true}));

const identity = '{"argv":[],"env":[["TERM","xterm"]]}';
const wanted = {identity, build: 'b1', size: () => ({cols: 80, rows: 24})};

/** A frame stamped with the articles folder, its section and a config.toml that does not exist. */
function frameNow(overrides: Partial<SavedFrame> = {}): SavedFrame {
	return {
		identity,
		build: 'b1',
		cols: 80,
		rows: 24,
		stamps: [articles, join(articles, 'world'), join(dir, 'config.toml')].map(stampOf),
		frame: ' newsterm › Sections',
		paint: '\x1b[H\x1b[2J newsterm',
		...overrides,
	};
}

describe('saved first frames', () => {
	it('load back for the same start while nothing they were drawn from changed', () => {
		expect(saveFrame(cacheDir, frameNow())).toBe(true);
		expect(loadSavedFrame(cacheDir, wanted)).toEqual(frameNow());
	});

	it.each([
		['an article added to a section', () => writeFileSync(join(articles, 'world', 'new.txt'), 'x')],
		['a section added', () => mkdirSync(join(articles, 'sport'))],
		['a folder touched', () => utimesSync(articles, new Date(), new Date(Date.now() + 5000))],
		['config.toml created', () => writeFileSync(join(dir, 'config.toml'), '[theme]\n')],
		['the articles folder gone', () => rmSync(articles, {recursive: true})],
	])('are not painted after %s', (_name, change) => {
		saveFrame(cacheDir, frameNow());
		change();
		expect(loadSavedFrame(cacheDir, wanted)).toBeNull();
	});

	it.each([
		['another terminal size', {...wanted, size: () => ({cols: 100, rows: 30})}],
		['another build', {...wanted, build: 'b2'}],
	])('are not painted for %s', (_name, other) => {
		saveFrame(cacheDir, frameNow());
		expect(loadSavedFrame(cacheDir, other)).toBeNull();
	});

	it('are not painted for another start, even one whose file name collides', () => {
		saveFrame(cacheDir, frameNow());
		const other = '{"argv":["--offline"]}';
		// A file planted under this start's name by another identity (a hash collision) is not painted.
		writeFileSync(join(cacheDir, frameFileName(other)), JSON.stringify({...JSON.parse(JSON.stringify(frameNow())), v: 1}), {mode: 0o600});
		expect(loadSavedFrame(cacheDir, {...wanted, identity: other})).toBeNull();
	});

	it('are not painted when someone else could have written the file', () => {
		saveFrame(cacheDir, frameNow());
		chmodSync(join(cacheDir, frameFileName(identity)), 0o666);
		expect(loadSavedFrame(cacheDir, wanted)).toBeNull();
	});

	it('are not waited for when the name is a FIFO', () => {
		mkdirSync(cacheDir, {recursive: true});
		execFileSync('mkfifo', [join(cacheDir, frameFileName(identity))]);
		expect(loadSavedFrame(cacheDir, wanted)).toBeNull();
	});

	it('are not painted from a damaged file', () => {
		saveFrame(cacheDir, frameNow());
		writeFileSync(join(cacheDir, frameFileName(identity)), '{"v":1,"identity":', {mode: 0o600});
		expect(loadSavedFrame(cacheDir, wanted)).toBeNull();
	});

	it('are forgotten on request, and a missing one is no error', () => {
		saveFrame(cacheDir, frameNow());
		forgetFrame(cacheDir, identity);
		expect(loadSavedFrame(cacheDir, wanted)).toBeNull();
		expect(() => forgetFrame(cacheDir, identity)).not.toThrow();
	});

	it('keep the eight most recent starts, and leave other cache files alone', () => {
		mkdirSync(cacheDir, {recursive: true});
		writeFileSync(join(cacheDir, 'index-articles-0123.json'), '{}');
		for (let n = 0; n < 10; n++) {
			const id = `{"argv":["${n}"]}`;
			saveFrame(cacheDir, frameNow({identity: id}));
			// Each older than the next, whatever the file system's timestamp resolution.
			const at = new Date(Date.now() - (10 - n) * 60_000);
			utimesSync(join(cacheDir, frameFileName(id)), at, at);
		}
		saveFrame(cacheDir, frameNow());
		const frames = readdirSync(cacheDir).filter(name => name.startsWith('frame-'));
		expect(frames).toHaveLength(8);
		expect(frames).toContain(frameFileName(identity));
		expect(frames).not.toContain(frameFileName('{"argv":["0"]}'));
		expect(frames).not.toContain(frameFileName('{"argv":["1"]}'));
		expect(frames).not.toContain(frameFileName('{"argv":["2"]}'));
		expect(readdirSync(cacheDir)).toContain('index-articles-0123.json');
	});

	it('report a save that cannot be written', () => {
		writeFileSync(join(dir, 'not-a-folder'), '');
		expect(saveFrame(join(dir, 'not-a-folder'), frameNow())).toBe(false);
	});
});
