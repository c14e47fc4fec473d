import {describe, expect, it} from 'vitest';
import {parseArgs} from '../../src/cli/args/index.js';
import {usage} from '../../src/cli/usage.js';

const COMMANDS = ['open', 'list', 'read', 'check', 'add', 'remove', 'feeds', 'import', 'export', 'refresh'] as const;
/** The commands that need a word after them (an id, a URL, a file). */
const WITH_WORDS = new Set(['open', 'read', 'add', 'remove', 'import']);

describe('usage', () => {
	it('the whole usage names every command and every option', () => {
		const text = usage('1.2.3');
		for (const command of COMMANDS) expect(text).toContain(`newsterm ${command}`);
		for (const option of ['--articles', '--json', '--width', '--color', '--no-pager', '--full', '--offline', '--samples', '--section', 'NEWSTERM_DATA_DIR']) {
			expect(text).toContain(option);
		}
	});

	it.each(COMMANDS)('help %s shows each option the command takes, and only those', command => {
		const text = usage('1.2.3', command);
		expect(text).toContain(`newsterm ${command}`);
		expect(text).not.toContain('Keys in the reader');
		for (const option of ['--json', '--width', '--color', '--no-pager', '--full', '--offline', '--samples', '--section', '--articles']) {
			// An option is shown exactly when the command line accepts it with this command.
			const value = ({'--width': ['40'], '--section': ['v'], '--articles': ['v']} as Record<string, string[]>)[option] ?? [];
			const words = WITH_WORDS.has(command) ? ['x'] : [];
			const parsed = parseArgs([command, ...words, option, ...value]);
			expect([option, !('error' in parsed)]).toEqual([option, text.includes(`  ${option}`)]);
		}
	});
});
