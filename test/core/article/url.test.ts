import {describe, expect, it} from 'vitest';
import {safeExternalUrl} from '../../../src/core/article/url.js';

const ACCEPTED: readonly (readonly [string, string])[] = [
	['https://example.com', 'https://example.com/'],
	['http://example.com/a/b?q=1#frag', 'http://example.com/a/b?q=1#frag'],
	['HTTPS://Example.COM:443/Path', 'https://example.com/Path'],
	['http://127.0.0.1:8080/x', 'http://127.0.0.1:8080/x'],
	['https://example.com/a"b\'c<d>', "https://example.com/a%22b'c%3Cd%3E"],
	['https://münchen.example/', 'https://xn--mnchen-3ya.example/'],
];

const REJECTED: readonly (readonly [string, string])[] = [
	['javascript scheme', 'javascript:alert(1)'],
	['javascript with http-looking text', 'javascript://example.com/%0Aalert(1)'],
	['file scheme', 'file:///etc/passwd'],
	['data scheme', 'data:text/html,<script>alert(1)</script>'],
	['ftp scheme', 'ftp://example.com/file'],
	['mailto scheme', 'mailto:a@example.com'],
	['ssh option injection', '-oProxyCommand=touch /tmp/pwned'],
	['option', '--help'],
	['dash before a URL', '-https://example.com/'],
	['relative path', '/etc/passwd'],
	['relative path, no slash', 'example.com/page'],
	['protocol-relative', '//example.com/'],
	['scheme with no slashes', 'https:example.com'],
	['backslashes', 'https:\\\\example.com'],
	['space inside', 'https://example.com/a b'],
	['leading space', ' https://example.com/'],
	['trailing newline', 'https://example.com/\n'],
	['newline inside', 'https://exam\nple.com/'],
	['tab inside', 'https://example.com/\tx'],
	['ESC inside', 'https://example.com/\u001b]8;;x'],
	['NUL inside', 'https://example.com/\u0000'],
	['C1 inside', 'https://example.com/\u009b'],
	['bidi override inside', 'https://example.com/\u202Etxt.exe'],
	['zero-width space inside', 'https://exa\u200Bmple.com/'],
	['NBSP inside', 'https://example.com/\u00A0'],
	['lone surrogate', 'https://example.com/\uD800'],
	['credentials that disguise the host', 'https://bank.example@evil.example/'],
	['user and password', 'https://user:pass@example.com/'],
	['empty', ''],
	['scheme only', 'https://'],
	['bad port', 'https://example.com:99999/'],
];

describe('safeExternalUrl', () => {
	it.each(ACCEPTED)('accepts %s', (input, href) => {
		expect(safeExternalUrl(input)).toBe(href);
	});

	it.each(REJECTED)('rejects %s', (_name, input) => {
		expect(safeExternalUrl(input)).toBeNull();
	});
});
