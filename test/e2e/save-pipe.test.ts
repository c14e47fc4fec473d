import {mkdir, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {PtyProcess, ScreenCondition} from '../helpers/pty.js';
import {press, useApp} from './app-pty.js';

/*
 * `s` and `|` through the built bin in a real terminal: the file `s` writes in the folder the reader
 * started in, and commands that get the article's text on their stdin and write what they made of
 * it to a file, with the reader's screen back as it was afterwards.
 */

const {start, tempFolder} = useApp();

const TITLE = 'Tide tables for the harbour';
const PARAGRAPHS = ['High water at 06:12 and 18:40, a *metre* above the mean.', 'Pilots board at the outer buoy; small craft keep to the east channel.'];
/** The article's plain text, as `Y` copies it and `|` pipes it. */
const PLAIN = `${TITLE}\n\n${PARAGRAPHS.join('\n\n')}\n`;

async function articles(): Promise<string> {
	const dir = await tempFolder();
	await mkdir(join(dir, 'harbour'));
	await writeFile(join(dir, 'harbour', 'tide-tables.txt'), [TITLE, ...PARAGRAPHS, 'Last update: Sun, 04/09/2016 - 13:32'].join('\n\n'));
	return dir;
}

/**
 * Answers the prompt just opened with one write (`keys` ends in Enter), until `answered`. The input
 * starts reading keys a moment after the frame that shows it (its effect runs after the render): a
 * write before that is dropped whole, and is written again.
 */
async function answerPrompt(p: PtyProcess, keys: string, answered: ScreenCondition): Promise<void> {
	for (let tries = 0; ; tries++) {
		p.press(keys);
		try {
			await p.waitFor(answered, 2000);
			return;
		} catch (error) {
			if (tries === 5) throw error;
		}
	}
}

async function reader(cols: number, rows: number) {
	const saveDir = await tempFolder();
	const {p} = await start({cols, rows, args: ['--articles', await articles(), 'open', 'tide tables'], ready: /High water/, cwd: saveDir});
	return {p, saveDir};
}

describe('s saves the article as Markdown where the reader started', () => {
	it.each([
		[80, 24],
		[40, 15],
	])('at %ix%i: a new file each time, never over the last, and the footer says where', async (cols, rows) => {
		const {p, saveDir} = await reader(cols, rows);
		await press(p, 's', /Saved to/);
		expect(p.screenText().replace(/\s+/g, '')).toContain(`Savedto${saveDir}/tide-tables-for-the-harbour.md`.replace(/\s+/g, ''));
		await press(p, 'j');
		await press(p, 's', /-2\.md/);
		expect((await readdir(saveDir)).sort()).toEqual(['tide-tables-for-the-harbour-2.md', 'tide-tables-for-the-harbour.md']);
		const markdown = await readFile(join(saveDir, 'tide-tables-for-the-harbour.md'), 'utf8');
		expect(markdown).toBe(
			`# ${TITLE}\n\n2016-09-04 13:32 · Harbour\n\nHigh water at 06:12 and 18:40, a \\*metre\\* above the mean.\n\nPilots board at the outer buoy; small craft keep to the east channel.\n`,
		);
		expect(await readFile(join(saveDir, 'tide-tables-for-the-harbour-2.md'), 'utf8')).toBe(markdown);
		expect(p.screenText()).toContain('High water');
	});

	it('a save folder gone since the start is a reason in words, and the reader goes on', async () => {
		const {p, saveDir} = await reader(80, 24);
		await rm(saveDir, {recursive: true});
		await press(p, 's', /Not saved: the folder .* does not exist/);
		expect(p.screenText()).not.toMatch(/Error|at .*\.js/);
		await press(p, 'q');
	});
});

describe('| pipes the article to a command typed at the prompt', () => {
	it('the command gets the text on stdin with the terminal, and the reader comes back redrawn', async () => {
		const {p, saveDir} = await reader(80, 24);
		const before = p.screenText();
		await press(p, '|', /Pipe the article's text to/);
		await answerPrompt(p, 'cat > out.txt\r', /Press Enter to return/);
		// The command has the terminal: the main screen, where the shell waits for Enter.
		expect(p.isAltScreen()).toBe(false);
		expect(p.cursorVisible()).toBe(true);
		await press(p, '\r', /Piped to `cat > out\.txt`: exit 0/);
		expect(p.isAltScreen()).toBe(true);
		expect(await readFile(join(saveDir, 'out.txt'), 'utf8')).toBe(PLAIN);
		// Redrawn as it was, but for the footer's report.
		expect(p.screen().slice(0, -1)).toEqual(before.split('\n').slice(0, -1));

		// The last command is offered again: take it back and type another.
		await press(p, '|', /\| cat > out\.txt/);
		await answerPrompt(p, `${'\x7f'.repeat('cat > out.txt'.length)}wc -c > count.txt\r`, /Press Enter to return/);
		await press(p, '\r', /Piped to `wc -c > count\.txt`: exit 0/);
		expect((await readFile(join(saveDir, 'count.txt'), 'utf8')).trim()).toBe(String(Buffer.byteLength(PLAIN)));

		// The reader still takes its keys after the command.
		await press(p, 'G');
		expect(p.screenText()).toContain('Pilots board');
	});

	it('a pager gets every key while it runs: q quits less, not the reader', async () => {
		const {p} = await reader(80, 24);
		await press(p, '|', /Pipe the article/);
		// Not `less` alone: that is the empty prompt's placeholder.
		await answerPrompt(p, 'less -S\r', screen => screen.join('\n').includes('Pilots board') && !screen.join('\n').includes('Pipe'));
		// Each key is less's: G goes to its end, q leaves it; the shell then waits for Enter.
		p.press('G');
		await p.waitFor(/\(END\)/);
		p.press('q');
		await p.waitFor(/Press Enter to return/);
		await press(p, '\r', /Piped to `less -S`: exit 0/);
		expect(p.screenText()).toContain('High water');
	});

	it('a command that is not found says so; an empty line runs nothing', async () => {
		const {p} = await reader(40, 15);
		await press(p, '|', /Pipe the article/);
		await answerPrompt(p, 'no-such-command-newsterm\r', /Press Enter to return/);
		await press(p, '\r', /command not found/);
		expect(p.screenText().replace(/\s+/g, ' ')).toContain('Piped to `no-such-command-newsterm`: command not found (exit 127)');

		await press(p, '|', /Pipe the article/);
		await answerPrompt(p, `${'\x7f'.repeat('no-such-command-newsterm'.length)}\r`, screen => !screen.join('\n').includes('Pipe the article'));
		await p.settle();
		expect(p.isAltScreen()).toBe(true);
		expect(p.screenText()).not.toContain('Piped to');
	});
});
