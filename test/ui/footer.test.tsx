import {describe, expect, test} from 'vitest';
import {hintsFor} from '../../src/core/commands.js';
import {fitHints} from '../../src/ui/components/footer.js';

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
