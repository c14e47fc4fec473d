import {describe, expect, it} from 'vitest';
import {emptyLibraryLines} from '../../../src/core/library/index.js';

const skipped = (n: number) => Array.from({length: n}, (_, i) => ({path: `/news/world/f${i}.txt`, reason: 'binary file'}));

describe('emptyLibraryLines', () => {
	it('says a folder holds no .txt files', () => {
		expect(emptyLibraryLines(['/news'], [], 10)).toEqual(['No articles in /news', 'It holds no .txt files.']);
	});

	it('lists skipped files relative to their folder, with a plural that fits', () => {
		expect(emptyLibraryLines(['/news/'], skipped(1), 10)).toEqual(['No articles in /news/', '1 file was skipped:', '  world/f0.txt: binary file']);
		expect(emptyLibraryLines(['/news'], skipped(2), 10)).toEqual([
			'No articles in /news',
			'2 files were skipped:',
			'  world/f0.txt: binary file',
			'  world/f1.txt: binary file',
		]);
	});

	it('keeps within the lines it has, counting the rest', () => {
		const lines = emptyLibraryLines(['/news'], skipped(30), 8);
		expect(lines).toHaveLength(8);
		expect(lines.at(-1)).toBe('  … and 25 more (newsterm check lists them all)');
	});

	it('names several folders, and never passes an escape sequence on', () => {
		expect(emptyLibraryLines(['/a', '/b\x1b[2J'], [], 5)[0]).toMatch(/^No articles in 2 folders \(\/a, \/b[^\x1b]*\)$/);
	});
});
