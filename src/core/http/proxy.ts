/**
 * Which proxy a URL goes through, from the environment as curl reads it: `http_proxy` for http
 * targets, `https_proxy` for https ones (lower case first, then upper case), `all_proxy` for
 * either, and `no_proxy` naming hosts that go direct. Pure: the environment is passed in.
 */

/** A variable's value, lower-case name first as curl does; empty counts as unset. */
function variable(env: Readonly<Record<string, string | undefined>>, name: string): string | null {
	const value = env[name] ?? env[name.toUpperCase()];
	return value === undefined || value.trim() === '' ? null : value.trim();
}

/**
 * Whether `no_proxy` exempts a host: `*` exempts all; an entry matches the host itself and (with
 * or without a leading `.` or `*.`) its subdomains; an entry with `:port` matches that port only.
 * CIDR ranges are not read: they match nothing.
 * @internal Tests use it; the program does not.
 */
export function bypassesProxy(url: URL, noProxy: string | null): boolean {
	if (noProxy === null) return false;
	const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
	const port = url.port || (url.protocol === 'https:' ? '443' : '80');
	for (const raw of noProxy.split(/[\s,]+/)) {
		const entry = raw.trim().toLowerCase();
		if (entry === '') continue;
		if (entry === '*') return true;
		const match = /^(?:\*?\.)?(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(entry);
		if (!match) continue;
		const name = match[1]!.replace(/^\[|\]$/g, '');
		if (match[2] !== undefined && match[2] !== port) continue;
		if (host === name || host.endsWith(`.${name}`)) return true;
	}
	return false;
}

/** The proxy URL `url` should go through, null to go direct, or 'invalid' for a setting that is no URL (never silently direct). */
export function proxyFor(url: URL, env: Readonly<Record<string, string | undefined>>): URL | 'invalid' | null {
	const scheme = url.protocol === 'https:' ? 'https_proxy' : 'http_proxy';
	const value = variable(env, scheme) ?? variable(env, 'all_proxy');
	if (value === null || bypassesProxy(url, variable(env, 'no_proxy'))) return null;
	try {
		// "proxy:3128" with no scheme means an http proxy, as curl reads it.
		return new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(value) ? value : `http://${value}`);
	} catch {
		return 'invalid';
	}
}
