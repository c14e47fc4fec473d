/**
 * One HTTP exchange without redirects: send a GET, get the status, headers and a body to read.
 * Direct requests use Node's own fetch (redirects manual; it decompresses gzip, deflate and br);
 * io/http/proxy-transport.ts does the same through a proxy, which Node 20's fetch cannot.
 */

/** An answer whose body has not been read yet. */
export interface Exchange {
	readonly status: number;
	/** A response header, or null. */
	header(name: string): string | null;
	/** The decompressed body; iterating throws if the connection breaks. Leaving the loop early drops it. */
	readonly body: AsyncIterable<Uint8Array>;
	/** Bytes on the wire once the body was read in full, given the decompressed count read. */
	wireBytes(decoded: number): number;
	/** Lets the body go unread (a redirect, a 304, an error status). */
	discard(): void;
}

/** Sends one GET; rejects on a network error or when `signal` aborts. */
export type Transport = (url: URL, headers: Readonly<Record<string, string>>, signal: AbortSignal) => Promise<Exchange>;

const NO_BODY: AsyncIterable<Uint8Array> = {
	async *[Symbol.asyncIterator]() {
		// An answer with no body (204, 304) yields nothing.
	},
};

/** A GET with Node's fetch, redirects left to the caller. */
export const fetchTransport: Transport = async (url, headers, signal) => {
	const response = await fetch(url, {headers, signal, redirect: 'manual'});
	const body = response.body;
	return {
		status: response.status,
		header: name => response.headers.get(name),
		body: body ?? NO_BODY,
		wireBytes(decoded) {
			// fetch hands over the body decompressed; a compressed body's wire size is its Content-Length,
			// which fetch has checked by the time the body ends (a short or long body is an error).
			const encoding = response.headers.get('content-encoding');
			const length = Number(response.headers.get('content-length') ?? Number.NaN);
			return encoding !== null && encoding !== 'identity' && Number.isSafeInteger(length) ? length : decoded;
		},
		discard() {
			body?.cancel().catch(() => undefined);
		},
	};
};
