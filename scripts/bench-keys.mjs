// Per-key figures in a running app: bytes it writes and latency for each key, repeated and summarised.
// Each key is pressed only where it changes the screen (a `j` on the last row draws nothing, so the
// cursor or scroll goes back to the top first, unmeasured).
import {articlePercent, listPosition, round1, screens, sectionTotal, summary} from './bench-util.mjs';

/** Collects bytes and latencies of one key. */
function collector() {
	const bytes = [];
	const latency = [];
	const writes = [];
	return {
		add(result) {
			bytes.push(result.bytes);
			latency.push(result.latencyMs);
			writes.push(result.chunks);
		},
		result: () => {
			const ms = summary(latency);
			// Chunks per key: more than one means a frame reached the terminal in pieces (or two frames).
			return {bytes: summary(bytes), latencyMs: {median: round1(ms.median), max: round1(ms.max), n: ms.n}, chunks: summary(writes)};
		},
	};
}

// What a screen of text costs at the least: the bytes of each row as read (right-trimmed), no escapes.
const screenText = rows => rows.reduce((sum, row) => sum + Buffer.byteLength(row), 0);

/** Waits for the final section counts (the scan is over), then for the screen to go quiet. */
export async function waitReady(app, count, timeoutMs = 120_000) {
	await app.waitFor(rows => screens.sections(rows) && !(rows[0] ?? '').includes('reading') && (count === null || sectionTotal(rows) === count), {
		timeoutMs,
		label: `the final Sections list (${count ?? 'any'} articles)`,
	});
	await app.idle(100);
}

/** Moves the list cursor to the top if it is on the last row. */
async function unlessAtEnd(app) {
	const pos = listPosition(app.screen());
	if (pos && pos.position >= pos.total) await app.key('g', {until: rows => listPosition(rows)?.position === 1});
}

/**
 * In the Sections list: opens the first section, then measures `j` in its headlines, Enter (until the
 * article is drawn), back with `h` (until the list is), and `r` (toggle read) when `withRead`.
 */
export async function listKeys(app, {presses = 20, withRead = false} = {}) {
	await app.key('\r', {until: screens.headlines});
	const down = collector();
	for (let i = 0; i < presses; i++) {
		await unlessAtEnd(app);
		const before = listPosition(app.screen())?.position;
		down.add(await app.key('j', {until: rows => listPosition(rows)?.position === (before ?? 0) + 1}));
	}
	const read = collector();
	for (let i = 0; withRead && i < presses; i++) read.add(await app.key('r'));
	const open = collector();
	const back = collector();
	for (let i = 0; i < presses; i++) {
		open.add(await app.key('\r', {until: screens.article}));
		back.add(await app.key('h', {until: screens.headlines}));
		// A different article each time, as a reader going down the list.
		await unlessAtEnd(app);
		await app.key('j');
	}
	return {listJ: down.result(), open: open.result(), back: back.result(), ...(withRead ? {toggleRead: read.result()} : {})};
}

/**
 * In an open article: `j` (one line) and Space (a page), each from wherever the last left off and
 * back to the top with `g` once the article's end is on screen. Also the text on screen after each
 * page, the measure a page's bytes are held to.
 */
export async function articleKeys(app, {presses = 20} = {}) {
	await app.waitFor(screens.article, {label: 'an open article'});
	const atEnd = () => articlePercent(app.screen()) >= 100;
	if (atEnd()) throw new Error(`the article fits on one screen, so it cannot scroll:\n${app.screen().join('\n')}`);
	const top = async () => atEnd() && (await app.key('g', {until: rows => articlePercent(rows) < 100}));
	const line = collector();
	for (let i = 0; i < presses; i++) {
		await top();
		line.add(await app.key('j'));
	}
	// The loop ended on a `j`, so the article is not at its top and `g` draws.
	await app.key('g');
	const page = collector();
	const text = [];
	for (let i = 0; i < presses; i++) {
		await top();
		page.add(await app.key(' '));
		text.push(screenText(app.screen()));
	}
	return {scrollJ: line.result(), pageDown: {...page.result(), screenText: summary(text)}};
}
