import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {configNotice, startupConfig} from '../../../src/cli/config/index.js';

describe('the settings a command starts with', () => {
	it('names the file, not its folder, in each problem', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'newsterm-startup-'));
		try {
			writeFileSync(join(dir, 'config.toml'), 'text_width = 7\n');
			const {config, problems} = await startupConfig({NEWSTERM_CONFIG_DIR: dir});
			expect(config.textWidth).toBe(80);
			expect(problems).toEqual(['config.toml:1: text_width: expected a whole number from 20 to 200, or 0, not 7; using 80']);
		} finally {
			rmSync(dir, {recursive: true, force: true});
		}
	});

	it('counts several problems first in the footer notice, and says where to see them all', () => {
		expect(configNotice(['a', 'b', 'c'])).toBe('config.toml has 3 problems (newsterm config lists them): a · b · c');
		expect(configNotice(['a'])).toBe('a');
	});
});
