import {describe, expect, it} from 'vitest';
import {isPermanent, isRedirect, nextHop} from '../../../src/core/http/redirect.js';

describe('redirect rules', () => {
	it('follows 301, 302, 303, 307 and 308, and only 301 and 308 are permanent', () => {
		expect([300, 301, 302, 303, 304, 305, 307, 308].filter(isRedirect)).toEqual([301, 302, 303, 307, 308]);
		expect([301, 302, 303, 307, 308].filter(isPermanent)).toEqual([301, 308]);
	});

	it('resolves a Location against the current URL', () => {
		const hop = nextHop('../b/feed.xml?x=1', 'https://example.test/a/c/index.xml');
		expect(hop.ok && hop.url.href).toBe('https://example.test/a/b/feed.xml?x=1');
		const other = nextHop('//other.test/x', 'http://example.test/');
		expect(other.ok && other.url.href).toBe('http://other.test/x');
	});

	it.each([
		['file:///etc/passwd', 'redirect to a non-http URL'],
		['javascript:alert(1)', 'redirect to a non-http URL'],
		['data:text/plain,hi', 'redirect to a non-http URL'],
		['http://[bad', 'redirect to an invalid URL'],
		['  ', 'redirect without a Location'],
	])('refuses %s', (location, reason) => {
		expect(nextHop(location, 'http://example.test/')).toEqual({ok: false, reason});
	});

	it('refuses a redirect with no Location', () => {
		expect(nextHop(null, 'http://example.test/')).toEqual({ok: false, reason: 'redirect without a Location'});
	});
});
