// Writes a synthetic corpus in the bundled articles' format (see articles/README.md) for the benchmark:
// 20 section folders sec01..sec20 of files aNNNNNNN.txt. Everything about article n (title, prose, date,
// links) comes from a generator seeded by (seed, n), so any article's title and teaser can be rebuilt
// to link to it without keeping the corpus in memory, and the same seed and count give the same bytes.
// Usage: node scripts/gen-corpus.mjs DIR COUNT [SEED]
import {mkdirSync} from 'node:fs';
import {writeFile} from 'node:fs/promises';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {paragraph, sentence, title as makeTitle} from './gen-prose.mjs';

/** Section folders in a corpus. */
export const SECTIONS = 20;
/** The seed used when none is given. */
export const DEFAULT_SEED = 20160904;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2009, 0, 1);
const SPAN_DAYS = 16 * 365;

/** A small, fast seeded generator (mulberry32), returning floats in [0, 1). */
export function rng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const articleRng = (seed, n) => rng(Math.imul(seed ^ 0x9e3779b9, 2654435761) ^ Math.imul(n + 1, 0x85ebca6b));
const pad = (n, width = 2) => String(n).padStart(width, '0');

/** Section number (1-based) and id of article n, e.g. `sec07/a0000123`. */
export function articleId(n) {
	const section = (n % SECTIONS) + 1;
	return {section, id: `sec${pad(section)}/a${pad(n, 7)}`};
}

/** The title and first sentence of article n: what other articles quote when they link to it. */
function head(seed, n) {
	const random = articleRng(seed, n);
	// The article number keeps titles unique, so links resolve to exactly one article.
	const text = makeTitle(random);
	return {random, title: `${text} (${n})`, first: sentence(random)};
}

// Teasers stop mid-sentence, as the seed's do: at a word break before 100 characters.
function teaser(text) {
	const cut = text.slice(0, text.lastIndexOf(' ', 100));
	return `${/[,.;:]$/.test(cut) ? cut.slice(0, -1) : cut}...`;
}

/** True when the DD/MM line for `at`, read as MM/DD, is another real date on the same weekday. */
function ambiguous(at) {
	const [day, month] = [at.getUTCDate(), at.getUTCMonth() + 1];
	return day <= 12 && day !== month && new Date(Date.UTC(at.getUTCFullYear(), day - 1, month)).getUTCDay() === at.getUTCDay();
}

function dates(random) {
	let at = new Date(FIRST_DAY + Math.floor(random() * SPAN_DAYS) * DAY_MS + Math.floor(random() * 1440) * 60_000);
	// When DD/MM read as MM/DD is a date on the same weekday the line would be ambiguous: move a day.
	while (ambiguous(at)) at = new Date(at.getTime() + DAY_MS);
	const hm = `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`;
	const short = `${WEEKDAYS[at.getUTCDay()].slice(0, 3)}, ${pad(at.getUTCDate())}/${pad(at.getUTCMonth() + 1)}/${at.getUTCFullYear()} - ${hm}`;
	const later = new Date(at.getTime() + Math.floor(1 + random() * 20) * DAY_MS);
	const long = `${WEEKDAYS[later.getUTCDay()]}, ${MONTHS[later.getUTCMonth()]} ${later.getUTCDate()}, ${later.getUTCFullYear()} - ${hm}`;
	return {short, long};
}

/** Another article in the same section, or (about one in eight) a headline the corpus does not have. */
function linked(seed, random, n, count) {
	const pick = (n % SECTIONS) + SECTIONS * Math.floor(random() * Math.ceil(count / SECTIONS));
	if (random() < 0.125 || pick >= count || pick === n) {
		const absent = head(seed, count + Math.floor(random() * 1e6));
		return {title: absent.title.replace(/ \(\d+\)$/, ''), first: absent.first};
	}
	return head(seed, pick);
}

/** The full text of article n of a corpus of `count`. */
export function articleText(seed, n, count) {
	const {random, title, first} = head(seed, n);
	const rest = paragraph(random);
	const paragraphs = [random() < 0.3 ? first : `${first} ${rest}`];
	const total = 3 + Math.floor(random() * 6);
	while (paragraphs.length < total) paragraphs.push(paragraph(random));
	const {short, long} = dates(random);
	const {section} = articleId(n);
	let text = `${title}\n\n${paragraphs.join('\n\n')}\n\nLast update: ${short}\n\n\n`;
	if (random() < 0.6) text += `${linked(seed, random, n, count).title}\n\n\n${long}\n\n`;
	const items = [];
	const howMany = 3 + Math.floor(random() * 3);
	for (let i = 0; i < howMany; i++) {
		const other = linked(seed, random, n, count);
		items.push(`${other.title}\n\n${teaser(other.first)}`);
	}
	return `${text}More from Section ${section}\n\n${items.join('\n\n')}`;
}

/**
 * Writes `count` articles under `dir`. Writes run 32 at a time on libuv's threads while this thread
 * builds the next texts, much faster than writing synchronously (docs/performance.md#bench-corpus).
 */
export async function generateCorpus(dir, count, seed = DEFAULT_SEED) {
	for (let s = 1; s <= SECTIONS; s++) mkdirSync(join(dir, `sec${pad(s)}`), {recursive: true});
	let bytes = 0;
	let next = 0;
	const worker = async () => {
		while (next < count) {
			const n = next++;
			const text = articleText(seed, n, count);
			bytes += Buffer.byteLength(text);
			await writeFile(join(dir, `${articleId(n).id}.txt`), text);
		}
	};
	await Promise.all(Array.from({length: 32}, worker));
	return {count, bytes};
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const [dir, countArg, seedArg] = process.argv.slice(2);
	const count = Number(countArg);
	if (!dir || !Number.isInteger(count) || count < 1) {
		process.stderr.write('usage: node scripts/gen-corpus.mjs DIR COUNT [SEED]\n');
		process.exit(2);
	}
	const started = performance.now();
	const {bytes} = await generateCorpus(resolve(dir), count, seedArg === undefined ? DEFAULT_SEED : Number(seedArg));
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	process.stdout.write(`${count} articles, ${(bytes / 1e6).toFixed(1)} MB in ${resolve(dir)} (${seconds} s)\n`);
}
