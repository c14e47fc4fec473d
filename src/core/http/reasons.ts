/**
 * The words for a failed fetch. Every reason comes from these tables, never from the status text
 * or error message a server sent, so nothing untrusted reaches the screen through a reason.
 */

const PHRASES: ReadonlyMap<number, string> = new Map([
	[400, 'Bad Request'],
	[401, 'Unauthorized'],
	[403, 'Forbidden'],
	[404, 'Not Found'],
	[405, 'Method Not Allowed'],
	[406, 'Not Acceptable'],
	[407, 'Proxy Authentication Required'],
	[408, 'Request Timeout'],
	[429, 'Too Many Requests'],
	[451, 'Unavailable For Legal Reasons'],
	[500, 'Internal Server Error'],
	[501, 'Not Implemented'],
	[502, 'Bad Gateway'],
	[503, 'Service Unavailable'],
	[504, 'Gateway Timeout'],
]);

/** A status that is not success, redirect or 304: "HTTP 404 Not Found", "gone (HTTP 410)". */
export function statusReason(status: number): string {
	if (status === 410) return 'gone (HTTP 410)';
	const phrase = PHRASES.get(status);
	return phrase === undefined ? `HTTP ${status}` : `HTTP ${status} ${phrase}`;
}

/** Error codes from Node's sockets, DNS, TLS and fetch (undici), in words. */
const CODES: ReadonlyMap<string, string> = new Map([
	['ECONNREFUSED', 'connection refused'],
	['ECONNRESET', 'connection closed by the server'],
	['EPIPE', 'connection closed by the server'],
	['UND_ERR_SOCKET', 'connection closed by the server'],
	['ENOTFOUND', 'DNS: host not found'],
	['EAI_NONAME', 'DNS: host not found'],
	['EAI_AGAIN', 'DNS: lookup failed, try again later'],
	['EHOSTUNREACH', 'host unreachable'],
	['ENETUNREACH', 'network unreachable'],
	['ETIMEDOUT', 'timed out connecting'],
	['UND_ERR_CONNECT_TIMEOUT', 'timed out connecting'],
	['UND_ERR_HEADERS_OVERFLOW', 'response headers too large'],
	['Z_DATA_ERROR', 'the compressed body is damaged'],
	['Z_BUF_ERROR', 'the compressed body is cut short'],
	['ERR_BROTLI_DECOMPRESSION_FAILED', 'the compressed body is damaged'],
	['ERR_SSL_WRONG_VERSION_NUMBER', 'TLS error: the server did not answer in TLS (plain HTTP?)'],
	['CERT_HAS_EXPIRED', 'TLS error: certificate expired'],
	['DEPTH_ZERO_SELF_SIGNED_CERT', 'TLS error: self-signed certificate'],
	['SELF_SIGNED_CERT_IN_CHAIN', 'TLS error: self-signed certificate'],
	['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'TLS error: certificate not trusted'],
	['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'TLS error: certificate not trusted'],
	['ERR_TLS_CERT_ALTNAME_INVALID', 'TLS error: certificate is for another host'],
]);

/** The reason for a network error's code (the first found along its `cause` chain), or a generic one. */
export function networkReason(code: string | null, message: string | null): string {
	if (code !== null) {
		const words = CODES.get(code);
		if (words !== undefined) return words;
		// Through a tunnel the same plain-HTTP answer comes as EPROTO, with OpenSSL's words in the message.
		if (code === 'EPROTO' && message?.includes('wrong version number')) return CODES.get('ERR_SSL_WRONG_VERSION_NUMBER')!;
		if (code.startsWith('ERR_SSL_') || code === 'EPROTO' || code.startsWith('ERR_TLS_')) return 'TLS error: handshake failed';
		if (code.startsWith('HPE_')) return 'not a valid HTTP answer';
	}
	// fetch refuses the ports the Fetch standard blocks (such as 1, 25, 6667) with this message and no code.
	if (message === 'bad port') return 'port not allowed for web requests';
	return code === null ? 'network error' : `network error (${code.replace(/[^\w]/g, '')})`;
}

/** A count of seconds for a reason: "15", "0.3". */
export function seconds(ms: number): string {
	return String(Math.round(ms / 100) / 10);
}

/** A size for a reason: "10 MB", "512 KB", "300 bytes". */
export function size(bytes: number): string {
	if (bytes >= 2 ** 20) return `${Math.round((bytes / 2 ** 20) * 10) / 10} MB`;
	if (bytes >= 2 ** 10) return `${Math.round((bytes / 2 ** 10) * 10) / 10} KB`;
	return `${bytes} bytes`;
}
