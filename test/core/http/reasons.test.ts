import {describe, expect, it} from 'vitest';
import {networkReason, seconds, size, statusReason} from '../../../src/core/http/reasons.js';

describe('reasons', () => {
	it('words statuses from its own table, never the server text', () => {
		expect(statusReason(404)).toBe('HTTP 404 Not Found');
		expect(statusReason(410)).toBe('gone (HTTP 410)');
		expect(statusReason(599)).toBe('HTTP 599');
	});

	it('words network error codes, TLS failures and unknown codes', () => {
		expect(networkReason('ECONNREFUSED', null)).toBe('connection refused');
		expect(networkReason('ENOTFOUND', null)).toBe('DNS: host not found');
		expect(networkReason('ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION', null)).toBe('TLS error: handshake failed');
		expect(networkReason('EPROTO', 'C0:error:0A00010B:SSL routines:ssl3_get_record:wrong version number')).toBe(
			'TLS error: the server did not answer in TLS (plain HTTP?)',
		);
		expect(networkReason('HPE_INVALID_CONSTANT', null)).toBe('not a valid HTTP answer');
		expect(networkReason(null, 'bad port')).toBe('port not allowed for web requests');
		expect(networkReason('E\u001b[31mX', null)).toBe('network error (E31mX)');
		expect(networkReason(null, 'anything')).toBe('network error');
	});

	it('writes seconds and sizes short', () => {
		expect(seconds(15_000)).toBe('15');
		expect(seconds(300)).toBe('0.3');
		expect(size(10 * 2 ** 20)).toBe('10 MB');
		expect(size(1536)).toBe('1.5 KB');
		expect(size(12)).toBe('12 bytes');
	});
});
