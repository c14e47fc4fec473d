import {describe, expect, it} from 'vitest';
import {freshUntil, retryAt} from '../../../src/core/http/cache.js';

const now = Date.UTC(2026, 0, 1, 12, 0, 0);

describe('freshUntil', () => {
	it('counts max-age from now, less the Age the answer already has', () => {
		expect(freshUntil('public, max-age=600', null, null, now)).toBe(now + 600_000);
		expect(freshUntil('max-age=600', null, '100', now)).toBe(now + 500_000);
		expect(freshUntil('max-age=60', null, '100', now)).toBe(now);
	});

	it('prefers max-age to Expires, and reads Expires alone', () => {
		expect(freshUntil('max-age=10', 'Thu, 01 Jan 2026 13:00:00 GMT', null, now)).toBe(now + 10_000);
		expect(freshUntil(null, 'Thu, 01 Jan 2026 13:00:00 GMT', null, now)).toBe(now + 3_600_000);
	});

	it('says nothing for no-store, no-cache, a bad Expires or no headers', () => {
		expect(freshUntil('no-cache, max-age=600', null, null, now)).toBeNull();
		expect(freshUntil('no-store', 'Thu, 01 Jan 2026 13:00:00 GMT', null, now)).toBeNull();
		expect(freshUntil(null, '0', null, now)).toBeNull();
		expect(freshUntil(null, null, null, now)).toBeNull();
	});
});

describe('retryAt', () => {
	it('reads seconds and HTTP-dates', () => {
		expect(retryAt('120', now)).toBe(now + 120_000);
		expect(retryAt('Thu, 01 Jan 2026 12:05:00 GMT', now)).toBe(now + 300_000);
	});

	it('treats a date in the past as now, and nonsense as nothing', () => {
		expect(retryAt('Wed, 31 Dec 2025 12:00:00 GMT', now)).toBe(now);
		expect(retryAt('soon', now)).toBeNull();
		expect(retryAt('-5', now)).toBeNull();
		expect(retryAt(null, now)).toBeNull();
	});
});
