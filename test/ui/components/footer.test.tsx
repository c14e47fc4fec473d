import {describe, expect, test} from 'vitest';
import {hintsFor} from '../../../src/core/reader/commands.js';
import {fitHints} from '../../../src/ui/components/footer.js';

describe('footer hints', () => {
	test('help and quit always fit, even in 40 columns where other hints give way', () => {
		const hints = hintsFor('headlines');
		const shown = fitHints(hints, 40).map(([, label]) => label);
		expect(shown).toContain('help');
		expect(shown).toContain('quit');
		expect(shown.length).toBeLessThan(hints.length);
		const used = fitHints(hints, 40).reduce((sum, [key, label]) => sum + key.length + label.length + 3, 1);
		expect(used).toBeLessThanOrEqual(40);
	});

	test('a wide terminal shows every hint, in table order', () => {
		const hints = hintsFor('article');
		expect(fitHints(hints, 300)).toEqual(hints);
	});
});

describe('help screen lines', () => {
	test('come from the command table, wrap instead of cutting, and fit the width', async () => {
		const {helpLines} = await import('../../../src/ui/screens/help.js');
		const {COMMANDS} = await import('../../../src/core/reader/commands.js');
		const narrow = helpLines(40);
		const text = narrow.map(line => line.map(segment => segment.text).join(''));
		for (const line of text) expect(line.length).toBeLessThanOrEqual(39);
		const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);
		const shown = words(text.join(' '));
		for (const spec of COMMANDS) for (const word of words(spec.help)) expect(shown).toContain(word);
		expect(narrow.length).toBeGreaterThan(helpLines(100).length);
		expect(helpLines(100)).toHaveLength(COMMANDS.length);
	});
});
