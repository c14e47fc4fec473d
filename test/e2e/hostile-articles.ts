/**
 * An articles folder written by an attacker (issue 4): escape payloads in titles and bodies, an
 * unterminated OSC before 10 KB of text, and files that must be skipped without hanging or filling
 * memory (a FIFO, links to /dev/zero and /dev/urandom, 20 MB, NUL bytes), beside text in every
 * encoding the reader decodes. POSIX only (mkfifo, /dev).
 */
import {execFileSync} from 'node:child_process';
import {mkdir, mkdtemp, rm, symlink, truncate, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const ESC = '\x1b';
const BEL = '\x07';
const ST = `${ESC}\\`;

/** The last line of the long article: visible only if nothing after the unterminated OSC was lost. */
export const TAIL_MARKER = 'TAIL-MARKER-q7Zx after ten kilobytes';

/** One payload article: its file (under `payload/`), the payload, and text its screen must show. */
export interface Payload {
	readonly file: string;
	readonly title: string;
	readonly payload: string;
	/** Visible placeholders the sanitized payload shows on screen. */
	readonly shows: readonly string[];
}

/** Each escape class of issue 4 in a title and again in the body. */
export const PAYLOADS: readonly Payload[] = [
	{file: 'osc52-bel', title: 'Clip BEL', payload: `${ESC}]52;c;UFdORUQtQkVM${BEL}`, shows: ['␛]52;c;UFdORUQtQkVM␇']},
	{file: 'osc52-st', title: 'Clip ST', payload: `${ESC}]52;c;UFdORUQtU1Q=${ST}`, shows: ['␛]52;c;UFdORUQtU1Q=␛\\']},
	{file: 'osc-titles', title: 'Titles', payload: `${ESC}]0;PWNED-ZERO${BEL}${ESC}]2;PWNED-TWO${ST}`, shows: ['␛]0;PWNED-ZERO␇', '␛]2;PWNED-TWO␛\\']},
	{file: 'osc8-link', title: 'Link', payload: `${ESC}]8;;https://evil.example/${ST}innocent${ESC}]8;;${ST}`, shows: ['␛]8;;https://evil.example/␛\\innocent']},
	{file: 'csi', title: 'Clear and ask', payload: `${ESC}[2J${ESC}[6n${ESC}[1;1H`, shows: ['␛[2J␛[6n␛[1;1H']},
	{file: 'c1', title: 'Eight-bit', payload: '\u009b6n\u009d0;C1-TITLE\u0007', shows: ['<U+009B>6n<U+009D>0;C1-TITLE␇']},
	{
		file: 'bidi',
		title: 'Bidi',
		payload: 'abc\u202edcba zero\u200bwidth\u2060join\ufeffbom',
		shows: ['abc<U+202E>dcba', 'zero<U+200B>width<U+2060>join<U+FEFF>bom'],
	},
];

/** The article whose body starts with an unterminated OSC and runs 10 KB to TAIL_MARKER. */
export const LONG_TITLE = 'Unterminated OSC then ten kilobytes';

/** Normal articles that must list and open as usual. */
export const NORMAL_TITLES = ['Harbour reopens after the storm', 'Library extends its opening hours'] as const;

/** Titles of the files that decode from other encodings. */
export const ENCODED_TITLES = {utf16: 'Sixteen bits: naïve café', latin1: 'Latin-1: déjà vu à Genève'} as const;

/** Files that must be skipped, relative to the folder. */
export const SKIPPED = ['junk/fifo.txt', 'junk/zero.txt', 'junk/urandom.txt', 'junk/huge.txt', 'junk/binary.txt'] as const;

const article = (title: string, body: readonly string[]): string => `${title}\n\n${body.join('\n\n')}\n`;

/** Builds the folder in a fresh temp directory; `cleanup` removes it. */
export async function makeHostileArticles(): Promise<{readonly dir: string; cleanup(): Promise<void>}> {
	const dir = await mkdtemp(join(tmpdir(), 'newsterm-e2e-hostile-'));
	for (const folder of ['news', 'payload', 'junk']) await mkdir(join(dir, folder));
	const [first, second] = NORMAL_TITLES;
	await writeFile(join(dir, 'news/harbour.txt'), article(first, ['The harbour opened again on Monday.', 'Ferries run to the usual timetable.']));
	await writeFile(join(dir, 'news/library.txt'), article(second, ['The library now opens until nine.']));
	for (const p of PAYLOADS) {
		await writeFile(join(dir, `payload/${p.file}.txt`), article(`${p.title} ${p.payload} end`, [`Before ${p.payload} after.`, 'A plain closing line.']));
	}
	// "safe\rEVIL": a CR that a terminal would use to overprint "safe" with "EVIL".
	await writeFile(join(dir, 'payload/cr.txt'), article('Carriage return', ['Status: safe\rEVIL and more.']));
	const paragraphs = Array.from(
		{length: 100},
		(_, i) => `Paragraph ${i + 1} of the long tail keeps going with plain words so the article runs past ten kilobytes.`,
	);
	await writeFile(join(dir, 'payload/unterminated.txt'), article(LONG_TITLE, [`Start ${ESC}]0;never ended`, ...paragraphs, TAIL_MARKER]));
	await writeFile(
		join(dir, 'news/utf16.txt'),
		Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article(ENCODED_TITLES.utf16, ['Two bytes a letter.']), 'utf16le')]),
	);
	await writeFile(join(dir, 'news/latin1.txt'), Buffer.from(article(ENCODED_TITLES.latin1, ['Accents à la française.']), 'latin1'));
	await writeFile(join(dir, 'news/empty.txt'), '');
	execFileSync('mkfifo', [join(dir, 'junk/fifo.txt')]);
	await symlink('/dev/zero', join(dir, 'junk/zero.txt'));
	await symlink('/dev/urandom', join(dir, 'junk/urandom.txt'));
	// 20 MB by size; sparse, so the test does not write 20 MB.
	await writeFile(join(dir, 'junk/huge.txt'), 'Huge\n\n');
	await truncate(join(dir, 'junk/huge.txt'), 20 * 1024 * 1024);
	await writeFile(join(dir, 'junk/binary.txt'), Buffer.from('Binary\n\n\x00\x01\x02\x00ELF\x00', 'latin1'));
	return {dir, cleanup: () => rm(dir, {recursive: true, force: true})};
}
