import {mkdir, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {press, useApp} from './app-pty.js';

/*
 * Copying with OSC 52, as a real terminal receives it: `Y` sends the article's text as base64 between
 * frames, wrapped for tmux when TMUX is set, and the screen around it stays as drawn.
 */

const {start, tempFolder} = useApp();

const TITLE = 'Tide tables for the harbour';
const PARAGRAPHS = ['High water at 06:12 and 18:40, a metre above the mean.', 'Pilots board at the outer buoy; small craft keep to the east channel.'];

async function folder(): Promise<string> {
	const dir = await tempFolder();
	await mkdir(join(dir, 'harbour'));
	await writeFile(join(dir, 'harbour', 'tide-tables.txt'), [TITLE, ...PARAGRAPHS, 'Last update: Sun, 04/09/2016 - 13:32'].join('\n\n'));
	return dir;
}

/** Every OSC 52 the raw output carries, in either form, with its payload decoded. */
function copies(raw: string): {readonly wrapped: boolean; readonly text: string}[] {
	const found = [...raw.matchAll(/(\x1bPtmux;\x1b)?\x1b\]52;c;([A-Za-z0-9+/=]*)\x07(\x1b\\)?/g)];
	return found.map(match => ({wrapped: match[1] !== undefined && match[3] !== undefined, text: Buffer.from(match[2] ?? '', 'base64').toString('utf8')}));
}

describe('Y copies the article through the terminal', () => {
	it.each([
		['outside tmux: a bare OSC 52', {TMUX: undefined}, false],
		['inside tmux: wrapped in its passthrough', {TMUX: '/tmp/tmux-1000/default,4242,0'}, true],
	])('%s', async (_, env, wrapped) => {
		const dir = await folder();
		const {p} = await start({cols: 80, rows: 24, args: ['--articles', dir, 'open', 'tide tables'], ready: /High water/, env: {...env, STY: undefined}});
		const raw = await press(p, 'Y', /Copied the article's text/);
		const sent = copies(raw);
		expect(sent).toHaveLength(1);
		expect(sent[0]?.wrapped).toBe(wrapped);
		const text = sent[0]?.text ?? '';
		expect(text.startsWith(`${TITLE}\n\n`)).toBe(true);
		for (const paragraph of PARAGRAPHS) expect(text).toContain(`\n\n${paragraph}`);
		// Drawn nowhere: the article is still on screen as it was, with the footer saying what happened.
		expect(p.screenText()).toContain('High water at 06:12');
		expect(p.screenText()).toContain('Pilots board at the outer buoy');
	});
});
