import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {ensureBuilt, runBin, tempDir} from '../helpers/bin.js';

/* `newsterm unread` and `newsterm mark-read` over the bundled articles (24, four in each of six sections). */

const config = tempDir('newsterm-catchup-');
const env = {NEWSTERM_CONFIG_DIR: config.path, NEWSTERM_CACHE_DIR: `${config.path}/cache`, NEWSTERM_DATA_DIR: `${config.path}/data`};
const SEED = 'world/us-not-there-yet';

beforeAll(ensureBuilt);
afterAll(config.remove);

const unread = (): {total: number; sections: Record<string, number>} => JSON.parse(runBin(['unread', '--json'], env).stdout);

describe('newsterm unread and mark-read', () => {
	test('unread counts every section; --count prints only the total; --json both', () => {
		const plain = runBin(['unread'], env);
		expect(plain.code).toBe(0);
		expect(plain.stdout.split('\n')).toEqual([
			...['Business', 'Culture', 'Science', 'Sport', 'Technology', 'World'].map(name => `     4  ${name}`),
			'    24  unread',
			'',
		]);
		expect(runBin(['unread', '--count'], env).stdout).toBe('24\n');
		expect(unread()).toEqual({total: 24, sections: {Business: 4, Culture: 4, Science: 4, Sport: 4, Technology: 4, World: 4}});
	});

	test('mark-read an id says what it marked, and the count drops; again it is already read', () => {
		const run = runBin(['mark-read', SEED], env);
		expect(run).toMatchObject({code: 0, stdout: `Marked read: ${SEED}  US "not there yet" in Syria ceasefire talks with Russia, Obama says\n`});
		expect(unread().sections['World']).toBe(3);
		expect(runBin(['mark-read', SEED], env).stdout).toMatch(/^Already read: /);
	});

	test('mark-read --section marks the rest of a section, matched in any case; --all the rest of everything', () => {
		expect(runBin(['mark-read', '--section', 'world'], env)).toMatchObject({code: 0, stdout: 'Marked 3 read in World\n'});
		expect(unread()).toMatchObject({total: 20});
		expect(unread().sections['World']).toBeUndefined();
		expect(runBin(['mark-read', '--section', 'World'], env).stdout).toBe('Nothing unread in World\n');
		expect(runBin(['mark-read', '--all'], env)).toMatchObject({code: 0, stdout: 'Marked 20 read everywhere\n'});
		expect(runBin(['unread', '--count'], env).stdout).toBe('0\n');
	});

	test('nothing matched exits 1 and says why', () => {
		const section = runBin(['mark-read', '--section', 'Weather'], env);
		expect(section).toMatchObject({code: 1, stdout: ''});
		expect(section.stderr).toContain('no section named "Weather"');
		const id = runBin(['mark-read', 'world/no-such-article-anywhere'], env);
		expect(id.code).toBe(1);
		expect(id.stderr).toContain('no article matches');
		const empty = tempDir('newsterm-empty-');
		const none = runBin(['mark-read', '--all', '--articles', empty.path], env);
		empty.remove();
		expect(none).toMatchObject({code: 1, stdout: ''});
	});
});
