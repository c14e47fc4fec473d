import {chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {DEFAULT_CONFIG, problemText} from '../../../src/core/config/index.js';
import {configPath, initConfig, loadConfig} from '../../../src/io/config/index.js';

let dir = '';
let env: NodeJS.ProcessEnv = {};
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'newsterm-config-'));
	env = {NEWSTERM_CONFIG_DIR: dir, HOME: '/home/reader'};
});
afterEach(() => rmSync(dir, {recursive: true, force: true}));

const said = async (): Promise<string[]> => (await loadConfig(env)).problems.map(problem => problemText(problem, 'config.toml'));

describe('loadConfig', () => {
	it('gives every default, and no problem, without a file', async () => {
		expect(await loadConfig(env)).toEqual({path: join(dir, 'config.toml'), found: false, config: DEFAULT_CONFIG, problems: []});
	});

	it('reads the settings of a file, ~ expanded from HOME', async () => {
		writeFileSync(join(dir, 'config.toml'), '\uFEFFdate_format = "iso"\nsave_dir = "~/saved"\n[keys]\nquit = "x"\n');
		const loaded = await loadConfig(env);
		expect(loaded.problems).toEqual([]);
		expect(loaded.config).toMatchObject({dateFormat: 'iso', saveDir: '/home/reader/saved', keys: {quit: ['x']}});
	});

	it('says where a TOML syntax error is and keeps every default', async () => {
		writeFileSync(join(dir, 'config.toml'), 'text_width = 60\n[theme\nbackground = "light"\n');
		const loaded = await loadConfig(env);
		expect(loaded.config).toBe(DEFAULT_CONFIG);
		expect(await said()).toEqual([expect.stringMatching(/^config\.toml:2: not valid TOML \(.+\); every setting uses its default$/)]);
	});

	it('refuses a file that is not UTF-8 text', async () => {
		writeFileSync(join(dir, 'config.toml'), Buffer.from([0x71, 0x75, 0x69, 0x74, 0x20, 0x3d, 0x20, 0x22, 0xff, 0x22]));
		expect(await said()).toEqual(['config.toml: is not UTF-8 text; every setting uses its default']);
	});

	it('refuses a folder in the file’s place', async () => {
		mkdirSync(join(dir, 'config.toml'));
		expect(await said()).toEqual([expect.stringMatching(/^config\.toml: (is not a regular file|cannot be read \(EISDIR\)); every setting uses its default$/)]);
	});

	it('refuses a file too big to be settings', async () => {
		writeFileSync(join(dir, 'config.toml'), `# ${'x'.repeat(300 * 1024)}\n`);
		expect(await said()).toEqual([
			expect.stringMatching(/^config\.toml: is \d+ bytes, more than a settings file holds \(262144\); every setting uses its default$/),
		]);
	});

	it.skipIf(process.getuid?.() === 0)('says a file it may not read', async () => {
		writeFileSync(join(dir, 'config.toml'), 'text_width = 60\n');
		chmodSync(join(dir, 'config.toml'), 0o000);
		expect(await said()).toEqual(['config.toml: cannot be read (EACCES); every setting uses its default']);
	});
});

describe('initConfig', () => {
	it('writes the commented defaults, which read back as every default', async () => {
		const path = configPath(env);
		expect(await initConfig(path)).toEqual({written: true});
		const text = readFileSync(path, 'utf8');
		expect(text).toContain('# date_format = "default"');
		expect(text).toContain('# quit = ["q"]');
		expect(await loadConfig(env)).toMatchObject({found: true, config: DEFAULT_CONFIG, problems: []});
	});

	it('never overwrites a file that is there', async () => {
		const path = configPath(env);
		writeFileSync(path, 'text_width = 60\n');
		expect(await initConfig(path)).toEqual({written: false, reason: 'a file is already there; it is left as it is'});
		expect(readFileSync(path, 'utf8')).toBe('text_width = 60\n');
	});

	it('makes the folder it goes in', async () => {
		const path = join(dir, 'deeper', 'newsterm', 'config.toml');
		expect(await initConfig(path)).toEqual({written: true});
	});
});
