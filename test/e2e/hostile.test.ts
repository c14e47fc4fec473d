import {spawnSync} from 'node:child_process';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {BIN, binNode} from '../helpers/bin.js';
import {press, useApp} from './app-pty.js';
import {ENCODED_TITLES, LONG_TITLE, makeHostileArticles, NORMAL_TITLES, PAYLOADS, SKIPPED, TAIL_MARKER} from './hostile-articles.js';
import {contentEscapes, terminalEffects, withoutOwnLinks} from './raw-output.js';

const {start, tempFolder} = useApp();
let folder: Awaited<ReturnType<typeof makeHostileArticles>> | undefined;

beforeAll(async () => {
	folder = await makeHostileArticles();
});
afterAll(async () => {
	await folder?.cleanup();
});

const dir = (): string => {
	if (!folder) throw new Error('no folder');
	return folder.dir;
};

/** Runs the bin outside a terminal with a time guard: a hang fails here instead of blocking the suite. */
async function run(args: readonly string[]): Promise<{code: number | null; stdout: string}> {
	const env = {...process.env, NEWSTERM_CONFIG_DIR: await tempFolder(), NEWSTERM_CACHE_DIR: await tempFolder()};
	const result = spawnSync(binNode(), [BIN, ...args, '--articles', dir()], {encoding: 'utf8', env, timeout: 10_000});
	expect(result.error, 'the command did not finish in 10 s').toBeUndefined();
	return {code: result.status, stdout: result.stdout};
}

// Every listed title as the sanitizer shows it; the empty file lists under its id.
const IDS = [
	'news/empty',
	'news/harbour',
	'news/latin1',
	'news/library',
	'news/utf16',
	...PAYLOADS.map(p => `payload/${p.file}`),
	'payload/cr',
	'payload/unterminated',
];

describe('a hostile articles folder on the command line', () => {
	it('list finishes and lists exactly the readable articles, with payloads as visible placeholders', async () => {
		const {code, stdout} = await run(['list']);
		expect(code).toBe(0);
		const ids = [...stdout.matchAll(/ {2}\[([\w/.-]+)\]$/gm)].map(match => match[1]).sort();
		expect(ids).toEqual([...IDS].sort());
		for (const title of [...NORMAL_TITLES, ENCODED_TITLES.utf16, ENCODED_TITLES.latin1, LONG_TITLE]) expect(stdout).toContain(title);
		for (const payload of PAYLOADS) expect(stdout).toContain(payload.shows[0]);
		expect(contentEscapes(stdout)).toEqual([]);
	});

	it('check names every skipped file with its reason, and each format problem', async () => {
		const {code, stdout} = await run(['check']);
		expect(code).toBe(0);
		const reasons = new Map([...stdout.matchAll(/^skipped {2}(.+?): (.+)$/gm)].map(match => [match[1]?.slice(dir().length + 1), match[2]]));
		expect([...reasons.keys()].sort()).toEqual([...SKIPPED].sort());
		expect(reasons.get('junk/fifo.txt')).toMatch(/FIFO/);
		expect(reasons.get('junk/zero.txt')).toMatch(/outside the folder|device|not a regular file/);
		expect(reasons.get('junk/urandom.txt')).toMatch(/outside the folder|device|not a regular file/);
		expect(reasons.get('junk/huge.txt')).toMatch(/too large/);
		expect(reasons.get('junk/binary.txt')).toMatch(/binary/);
		expect(stdout).toMatch(new RegExp(`^${IDS.length} articles parsed \\(\\d+ with format problems\\), ${SKIPPED.length} files skipped$`, 'm'));
		expect(stdout).toMatch(/^problem {2}news\/empty: empty file: no title$/m);
		expect(contentEscapes(stdout)).toEqual([]);
	});
});

describe('a hostile articles folder in the reader', () => {
	it('shows every article and placeholder, reaches the end of the long one, and sends the terminal no content escape', async () => {
		const cols = 100;
		const rows = 30;
		const {p} = await start({cols, rows, args: ['--articles', dir()], ready: `${SKIPPED.length} files skipped`});
		const titles: string[] = [];
		p.terminal.onTitleChange(title => titles.push(title));
		expect(p.screen()[rows - 1]).toMatch(/^ 5 files skipped \(newsterm check lists them\)/);
		expect(p.screenText()).toMatch(/News +5 of 5 unread/);
		expect(p.screenText()).toMatch(/Payload +9 of 9 unread/);

		await press(p, 'j', /› Payload/);
		await press(p, '\r', /newsterm › Payload/);
		for (const payload of PAYLOADS) expect(p.screenText()).toContain(`${payload.title} ${payload.shows[0]}`.slice(0, 60));

		// Open each payload article in turn: its placeholders are on screen, in the title and the body.
		const seen = new Set<string>();
		for (let row = 0; row < 9; row++) {
			if (row > 0) await press(p, 'j');
			await press(p, '\r', / Payload › /);
			const text = p.screenText();
			const payload = PAYLOADS.find(candidate => text.includes(` ${candidate.title} `));
			if (payload) {
				for (const shown of payload.shows) expect(text.split(shown).length - 1, shown).toBeGreaterThanOrEqual(2);
				seen.add(payload.file);
			} else if (text.includes('Carriage return')) {
				// The CR became a line break: both words show, neither overwrote the other.
				expect(text).toMatch(/Status: safe\s+EVIL and more\./);
				seen.add('cr');
			} else if (text.includes(LONG_TITLE)) {
				expect(text).toContain('Start ␛]0;never ended');
				await press(p, 'G', TAIL_MARKER);
				expect(p.screenText()).toContain('Paragraph 100 of the long tail');
				seen.add('unterminated');
			}
			await press(p, '\x1b', /newsterm › Payload/);
		}
		expect([...seen].sort()).toEqual([...PAYLOADS.map(payload => payload.file), 'cr', 'unterminated'].sort());

		// q goes back to the sections, and quits from there: the whole session, restore included, is checked.
		await press(p, 'q', /newsterm › Sections/);
		p.press('q');
		expect((await p.exited).exitCode).toBe(0);
		await p.settle();
		// The reader's own links (the bare URL in the OSC 8 payload's visible text) are the only OSC.
		const raw = withoutOwnLinks(p.rawSince(0));
		expect(raw).not.toContain('\x1b]');
		expect(raw).not.toContain('\x07');
		expect(contentEscapes(raw)).toEqual([]);
		expect(titles).toEqual([]);
		const effects = await terminalEffects(raw, cols, rows);
		expect(effects).toEqual({titles: [], oscs: []});
	});

	it('takes terminal replies on stdin for no key: after them one j moves one row, and nothing else changed', async () => {
		const {p} = await start({cols: 100, rows: 30, args: ['--articles', dir()], ready: 'files skipped'});
		await press(p, 'j', /› Payload/);
		await press(p, '\r', /newsterm › Payload +1\/9/);
		// Answers a terminal sends to queries such as the payloads' CSI 6n: cursor position, device
		// attributes, a colour (its letters r, g and b are all commands), a mode report, DECRQSS, kitty flags.
		for (const reply of [
			'\x1b[24;80R',
			'\x1b[?62;22c',
			'\x1b[>0;276;0c',
			'\x1b]11;rgb:0000/0000/0000\x1b\\',
			'\x1b]10;rgb:ffff/ffff/ffff\x07',
			'\x1b[?2004;2$y',
			'\x1bP1$r0m\x1b\\',
			'\x1b[?1u',
		]) {
			p.press(reply);
		}
		await press(p, 'j', /newsterm › Payload +2\/9/);
		const screen = p.screen();
		expect(screen[1]).toMatch(/^ ●/);
		expect(screen[2]).toMatch(/^›●/);
		expect(p.screenText()).not.toContain('★');
		expect(p.screen()[29]).toContain('q back');
	});
});
