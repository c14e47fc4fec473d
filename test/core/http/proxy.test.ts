import {describe, expect, it} from 'vitest';
import {bypassesProxy, proxyFor} from '../../../src/core/http/proxy.js';

const href = (url: string, env: Record<string, string>): string | null => {
	const proxy = proxyFor(new URL(url), env);
	return proxy instanceof URL ? proxy.href : proxy;
};

describe('proxyFor', () => {
	it('picks the variable for the scheme, lower case first, then all_proxy', () => {
		const env = {http_proxy: 'http://low:1', HTTP_PROXY: 'http://up:1', HTTPS_PROXY: 'http://secure:2'};
		expect(href('http://a.test/', env)).toBe('http://low:1/');
		expect(href('https://a.test/', env)).toBe('http://secure:2/');
		expect(href('https://a.test/', {ALL_PROXY: 'http://all:3'})).toBe('http://all:3/');
		expect(href('http://a.test/', {})).toBeNull();
		expect(href('http://a.test/', {http_proxy: ' '})).toBeNull();
	});

	it('reads a proxy without a scheme as http, and a setting that is no URL as invalid', () => {
		expect(href('http://a.test/', {http_proxy: 'proxy.local:3128'})).toBe('http://proxy.local:3128/');
		expect(href('http://a.test/', {http_proxy: 'http://[nope'})).toBe('invalid');
	});

	it('goes direct for hosts no_proxy names', () => {
		expect(href('http://feeds.example.com/', {http_proxy: 'http://p:1', NO_PROXY: 'example.com'})).toBeNull();
		expect(href('http://other.test/', {http_proxy: 'http://p:1', NO_PROXY: 'example.com'})).toBe('http://p:1/');
	});
});

describe('bypassesProxy', () => {
	const bypass = (url: string, noProxy: string | null): boolean => bypassesProxy(new URL(url), noProxy);

	it('matches a host and its subdomains, with or without a leading dot or *.', () => {
		for (const entry of ['example.com', '.example.com', '*.example.com']) {
			expect(bypass('http://example.com/', entry)).toBe(true);
			expect(bypass('http://a.b.example.com/', entry)).toBe(true);
			expect(bypass('http://notexample.com/', entry)).toBe(false);
		}
	});

	it('reads a comma and space separated list, `*`, ports and IP literals', () => {
		expect(bypass('http://127.0.0.1:8080/', 'localhost, 127.0.0.1')).toBe(true);
		expect(bypass('http://anything.test/', '*')).toBe(true);
		expect(bypass('http://a.test:8080/', 'a.test:8080')).toBe(true);
		expect(bypass('http://a.test:9090/', 'a.test:8080')).toBe(false);
		expect(bypass('https://a.test/', 'a.test:443')).toBe(true);
		expect(bypass('http://[::1]:80/', '[::1]')).toBe(true);
		expect(bypass('http://a.test/', '')).toBe(false);
		expect(bypass('http://a.test/', null)).toBe(false);
	});
});
