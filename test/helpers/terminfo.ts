/**
 * What a terminfo entry lets a program send, from `infocmp -1 <term>`, and a check of raw output
 * against it: every escape sequence and control character must be one some capability of the entry
 * produces. Terminals without a capability garble the screen when sent it (the Linux console prints
 * the parameters of an unknown CSI S as text), so this is the test for "works on a vt220".
 */
import {execFileSync} from 'node:child_process';

/** One escape sequence as sent: CSI parts, or the whole text for anything else. */
interface Token {
	readonly text: string;
	readonly csi?: {readonly lead: string; readonly params: readonly string[]; readonly final: string};
}

// CSI, OSC (to BEL or ST), a two-byte or charset escape, or a lone C0 control other than ESC.
const TOKENS = /\x1b\[([<-?]?)([0-9;\x01]*)([ -/]*[@-~])|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[ -/]*[0-~]|[\x00-\x1a\x1c-\x1f\x7f]/g;
const PARAM = '\x01';

function tokens(text: string): Token[] {
	return [...text.matchAll(TOKENS)].map(([whole, lead, params, final]) =>
		final === undefined ? {text: whole} : {text: whole, csi: {lead: lead ?? '', params: params === '' ? [] : (params ?? '').split(';'), final}},
	);
}

/** A capability's text with terminfo escapes decoded and each numeric parameter as PARAM; undefined if it computes. */
function decode(value: string): string | undefined {
	const text = value
		.replace(/\$<[\d.*/]+>/g, '')
		.replace(/\\E|\\e/g, '\x1b')
		.replace(/\\([nrtb,\\^:]|0)/g, (_, c: string) => ({n: '\n', r: '\r', t: '\t', b: '\b', '0': '\x80'})[c] ?? c)
		.replace(/\^(.)/g, (_, c: string) => String.fromCharCode(c === '?' ? 127 : c.charCodeAt(0) & 31))
		.replace(/%i/g, '')
		.replace(/%p\d%d|%d/g, PARAM);
	return text.includes('%') ? undefined : text;
}

/** The sequences `term`'s entry can produce: every string capability except keys (those are input). */
function terminfoSequences(term: string): Token[] {
	const out: Token[] = [];
	for (const line of execFileSync('infocmp', ['-1', term], {encoding: 'utf8'}).split('\n')) {
		const match = /^\t([a-z0-9]+)=(.*),$/.exec(line);
		if (!match || match[1]?.startsWith('k')) continue;
		const text = decode(match[2] ?? '');
		if (text !== undefined) out.push(...tokens(text));
	}
	return out;
}

/**
 * True when `sent` is what `cap` produces. A parameter may be left off at the end or empty, which a
 * VT100 reads as its default (`CSI H` is `cup` to the top left, `CSI r` is `csr` over the whole screen).
 */
function produces(cap: Token, sent: Token): boolean {
	if (!cap.csi || !sent.csi) return cap.text === sent.text;
	if (cap.csi.lead !== sent.csi.lead || cap.csi.final !== sent.csi.final || sent.csi.params.length > cap.csi.params.length) return false;
	return cap.csi.params.every((param, i) => {
		const value = sent.csi?.params[i];
		if (param === PARAM) return value === undefined || /^\d*$/.test(value);
		return value === param || (value === undefined && param === '');
	});
}

/**
 * The escape sequences and controls in `raw` that no capability of `term` produces, each once. SGR
 * (`CSI ... m`) is left out: a terminal ignores the attributes it does not know (ECMA-48 8.3.117), it
 * never misreads them, and which colours to send is chalk's choice from TERM.
 */
export function unsupportedSequences(raw: string, term: string): string[] {
	const caps = terminfoSequences(term);
	const found = new Set<string>();
	for (const sent of tokens(raw)) {
		if (sent.csi?.final === 'm' && sent.csi.lead === '') continue;
		if (!caps.some(cap => produces(cap, sent))) found.add(JSON.stringify(sent.text));
	}
	return [...found];
}
