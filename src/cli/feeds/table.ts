/**
 * The rows of `newsterm feeds`: each subscription joined with its archive listing, as data for
 * `--json` and as an aligned table, one feed a line, fitted to a terminal's width.
 */
import type {FeedListing} from '../../core/archive/index.js';
import type {Subscription} from '../../core/store/index.js';
import {cellWidth, fit, sanitizeText, truncate} from '../../core/text/index.js';

/** One feed in `newsterm feeds --json`. */
export interface FeedRow {
	readonly url: string;
	readonly title: string;
	readonly section: string | null;
	readonly items: number;
	/** Items whose ids are not in the store's read set. */
	readonly unread: number;
	/** The last fetch attempt, ISO 8601, or null before the first. */
	readonly lastFetched: string | null;
	readonly status: FeedListing['state']['status'];
	readonly error: string | null;
}

/** Every subscription's row, in the order given. */
export function feedRows(feeds: readonly Subscription[], listings: ReadonlyMap<string, FeedListing>, read: ReadonlySet<string>): FeedRow[] {
	return feeds.map(feed => {
		const listing = listings.get(feed.key);
		const ids = listing?.ids ?? [];
		const state = listing?.state;
		return {
			url: feed.url,
			title: feed.title,
			section: feed.section,
			items: ids.length,
			unread: ids.filter(id => !read.has(id)).length,
			lastFetched: state?.fetched == null ? null : new Date(state.fetched).toISOString(),
			status: state?.status ?? 'new',
			error: state?.error ?? null,
		};
	});
}

const two = (n: number): string => String(n).padStart(2, '0');

/** A fetch time as the local `YYYY-MM-DD HH:MM` the lists use, or `never`. */
function localTime(iso: string | null): string {
	if (iso === null) return 'never';
	const at = new Date(iso);
	return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

/** What the last column says: nothing for a working feed, else its state and error. */
function note(row: FeedRow): string {
	if (row.status === 'ok') return '';
	if (row.status === 'new') return 'not fetched yet';
	// Reasons are a server's words too (an HTTP status line): made inert like every feed text.
	return `${row.status === 'gone' ? 'gone' : 'failed'}${row.error ? `: ${sanitizeText(row.error)}` : ''}`;
}

/** Below this width the section and fetch time go, so the title, URL and error keep room. */
const COMPACT_BELOW = 90;

/**
 * The table: title, section (`-` for none), unread/items, last fetch, URL, and the error beside a
 * failing feed. Into a pipe (`width` null) every cell is whole; on a terminal the title and the URL
 * give way, cut with `…`, so each feed stays on one line, and a header names the columns; on a
 * narrow one the section and fetch time are left out.
 */
export function feedsTable(rows: readonly FeedRow[], width: number | null): string {
	if (rows.length === 0) return '';
	const compact = width !== null && width < COMPACT_BELOW;
	const cells = rows.map(row => [row.title, row.section ?? '-', `${row.unread}/${row.items}`, localTime(row.lastFetched), row.url, note(row)]);
	const header = ['FEED', 'SECTION', 'UNREAD', 'FETCHED', 'URL', ''];
	const all = width === null ? cells : [header, ...cells];
	const widest = (column: number): number => Math.max(...all.map(cell => cellWidth(cell[column] ?? '')));
	const [section, counts, fetched] = compact ? [0, widest(2), 0] : [widest(1), widest(2), widest(3)];
	let [title, url, notes] = [widest(0), widest(4), widest(5)];
	if (width !== null) {
		// The error is why a reader runs this, so it keeps up to a third; then the title (what a
		// reader looks for) keeps at least half of what is left, and the URL gives way first.
		const rest = Math.max(24, width - section - counts - fetched - (compact ? 6 : 10));
		notes = Math.min(notes, Math.floor(rest / 3));
		const names = rest - notes;
		title = Math.min(title, Math.max(names - url, Math.ceil(names / 2)));
		url = Math.min(url, Math.max(6, names - title));
	}
	const lines = all.map(([t = '', s = '', c = '', f = '', u = '', n = '']) => {
		const middle = compact ? `${c.padStart(counts)}` : `${fit(s, section)}  ${c.padStart(counts)}  ${fit(f, fetched)}`;
		const line = `${fit(t, title)}  ${middle}  ${fit(u, url)}  ${truncate(n, notes)}`.trimEnd();
		return width === null ? line : truncate(line, width);
	});
	return lines.join('\n');
}
