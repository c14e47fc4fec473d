import {describe, expect, it} from 'vitest';
import {foldWords, parseQuery} from '../../../src/core/search/fold.js';

describe('foldWords', () => {
	it('folds case and accents and splits on what is not a letter or digit', () => {
		expect(foldWords('Café NAÏVE, zoë—Ærø 2016')).toEqual(['cafe', 'naive', 'zoe', 'ærø', '2016']);
		expect(foldWords('İstanbul')).toEqual(['istanbul']);
	});

	it('reads escape sequences as the sanitized text shows them, not as words of the article', () => {
		expect(foldWords('\u001b]52;c;aGk=\u0007red')).toEqual(['52', 'c', 'agk', 'red']);
	});
});

describe('parseQuery', () => {
	it('takes the last word as a prefix until a space follows it', () => {
		expect(parseQuery('Harbour fer')).toEqual({words: ['harbour', 'fer'], lastIsPrefix: true});
		expect(parseQuery('harbour fer ')).toEqual({words: ['harbour', 'fer'], lastIsPrefix: false});
		expect(parseQuery('  ')).toEqual({words: [], lastIsPrefix: false});
	});
});
