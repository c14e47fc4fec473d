import {describe, expect, it} from 'vitest';
import {noticeRows, skippedNotice} from '../../../src/core/reader/notice.js';
import {cellWidth} from '../../../src/core/text/wrap.js';

const DAMAGED =
	'config.json was damaged (it was not valid JSON); it was moved aside to config.json.corrupt-2026-12-03T03-21-37-492Z and a new one was started.';

describe('noticeRows', () => {
	it('wraps a long notice at 40 columns so the backup name is there in full', () => {
		const rows = noticeRows(DAMAGED, 40, 7);
		expect(rows.length).toBeGreaterThan(1);
		for (const row of rows) {
			expect(row.startsWith(' ')).toBe(true);
			expect(cellWidth(row)).toBeLessThanOrEqual(40);
		}
		expect(rows.join('').replace(/\s+/g, '')).toContain('config.json.corrupt-2026-12-03T03-21-37-492Z');
	});

	it('keeps a short notice on one row', () => {
		expect(noticeRows('Bookmarked', 40, 7)).toEqual([' Bookmarked']);
	});

	it('cuts at maxRows and says so with …', () => {
		const rows = noticeRows(DAMAGED, 20, 2);
		expect(rows).toHaveLength(2);
		expect(rows[1]?.endsWith('…')).toBe(true);
		expect(cellWidth(rows[1] ?? '')).toBeLessThanOrEqual(20);
	});

	it('puts no escape sequence from a quoted file on the screen', () => {
		expect(noticeRows('damaged (\x1b]0;title\x07)', 40, 3).join('')).not.toMatch(/[\x1b\x07]/);
	});

	it('counts skipped files', () => {
		expect(skippedNotice(1)).toBe('1 file skipped (newsterm check lists them)');
	});
});
