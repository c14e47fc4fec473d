import {readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {runBin} from '../helpers/bin.js';
import {press, useApp} from './app-pty.js';

/*
 * config.toml as a user meets it: written beside the store, read by the built bin in a real terminal.
 * A rebound key works; a bad file is said in the footer and the reader runs anyway; `newsterm config`
 * shows the settings in effect and `--init` writes the file once.
 */

const {start, tempFolder} = useApp();

/** A config folder holding `text` as its config.toml. */
async function configFolder(text: string): Promise<string> {
	const dir = await tempFolder();
	await writeFile(join(dir, 'config.toml'), text);
	return dir;
}

describe('config.toml in the reader', () => {
	it('a rebound key works, and the footer says it', async () => {
		const configDir = await configFolder('[keys]\nquit = ["x"]\nnextUnread = "ctrl+o"\n');
		const {p} = await start({cols: 80, rows: 24, configDir, ready: 'x quit'});
		// q no longer quits: the reader is still there to take the next key.
		p.press('q');
		await press(p, '\x0f', /Business ›/);
		// Ctrl+O opened the article over its headlines: x goes back to them, then to Sections.
		await press(p, 'x', /newsterm › Business +1\/4/);
		await press(p, 'x', /Sections/);
		p.press('x');
		expect((await p.exited).exitCode).toBe(0);
	});

	it('a file that is not TOML gives its message, and the reader runs with the defaults', async () => {
		const configDir = await configFolder('text_width = 60\n[theme\n');
		const {p} = await start({cols: 40, rows: 15, configDir, ready: /config\.toml:2: not valid TOML/});
		expect(p.screenText().replace(/\s+/g, ' ')).toContain('every setting uses its default');
		await press(p, 'j', screen => screen.join('\n').includes('q quit') && !screen.join('\n').includes('config.toml'));
		p.press('q');
		expect((await p.exited).exitCode).toBe(0);
		// Nothing in the store is touched: config.toml is as the user left it.
		expect(await readFile(join(configDir, 'config.toml'), 'utf8')).toBe('text_width = 60\n[theme\n');
	});
});

describe('newsterm config', () => {
	it('prints the path and the settings in effect; problems on stderr and exit 1', async () => {
		const dir = await configFolder('date_format = "relative"\n[theme]\nquote = "purple"\n');
		const run = runBin(['config'], {NEWSTERM_CONFIG_DIR: dir});
		expect(run.code).toBe(1);
		expect(run.stdout.split('\n')[0]).toBe(`# ${join(dir, 'config.toml')}`);
		expect(run.stdout).toContain('date_format = "relative"');
		expect(run.stdout).toContain('quit = ["q"]');
		expect(run.stderr).toMatch(/^newsterm: .*config\.toml:3: theme\.quote: expected a colour name .*, not "purple"; using the theme's quote colour\n$/);
		expect(run.stderr.startsWith(`newsterm: ${join(dir, 'config.toml')}:3:`)).toBe(true);
	});

	it('--init writes the commented defaults once, and never over a file', async () => {
		const dir = await tempFolder();
		const first = runBin(['config', '--init'], {NEWSTERM_CONFIG_DIR: dir});
		expect(first).toMatchObject({code: 0, stderr: ''});
		expect(first.stdout).toContain(`wrote ${join(dir, 'config.toml')}`);
		const written = await readFile(join(dir, 'config.toml'), 'utf8');
		expect(runBin(['config'], {NEWSTERM_CONFIG_DIR: dir})).toMatchObject({code: 0, stderr: ''});
		const again = runBin(['config', '--init'], {NEWSTERM_CONFIG_DIR: dir});
		expect(again.code).toBe(1);
		expect(again.stderr).toContain('a file is already there; it is left as it is');
		expect(await readFile(join(dir, 'config.toml'), 'utf8')).toBe(written);
	});

	it('without a file says every setting is its default, and exits 0', async () => {
		const dir = await tempFolder();
		const run = runBin(['config'], {NEWSTERM_CONFIG_DIR: dir});
		expect(run).toMatchObject({code: 0, stderr: ''});
		expect(run.stdout).toContain('(no file: every setting is its default; newsterm config --init writes one)');
	});
});
