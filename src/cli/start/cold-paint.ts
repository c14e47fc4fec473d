/**
 * A cold start's first frame, worked out by a small script of its own that the launcher runs before
 * the program is compiled (src/cold.ts, embedded by scripts/build.mjs; docs/performance.md#cold-paint).
 * With no list cache, the program's first frame shows the scan's first article (`reading… 1`) once
 * the program has been compiled and has read it; this draws the same kind of frame from the first
 * article file in the folder, in a fraction of the time. The program then takes the screen over and
 * its own frames are diffed against it. Drawn only where it is sure to be what the program would
 * draw at that moment: a plain reader start over one folder with no list cache, no config.toml, a store
 * it reads without a problem, and no feeds to refresh.
 */
import {existsSync, opendirSync, readFileSync, realpathSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {folderArticleId, metaFromParts} from '../../core/article/index.js';
import {isArticleName, isHidden} from '../../core/folder/index.js';
import {parseStoreText, type StoreSnapshot, StoreSync} from '../../core/store/index.js';
import {sanitizeText} from '../../core/text/index.js';
import {configPath} from '../../io/config/index.js';
import {defaultCacheDir, defaultConfigDir, readPrivateFile} from '../../io/dirs/index.js';
import {type ColdFacts, type ColdFrame} from '../../io/frame-cache/index.js';
import {mayHaveListCache} from '../../io/list-cache/index.js';
import {firstFrame} from '../../ui/paint/index.js';
import {parseArgs} from '../args/index.js';
import {drawableTerm} from '../args/index.js';
import {paintBytes} from './paint-bytes.js';

/** An article file bigger than this is left to the program (a list read takes only its head and tail). */
const MAX_READ = 64 * 1024;
/** A store bigger than this is left to the program (100,000 read marks take ~1 MB). */
const MAX_STORE_BYTES = 64 * 1024 * 1024;
/** How deep the first article is looked for. */
const MAX_DEPTH = 8;

/**
 * An article file, the first the folder's listing gives (not sorted: the program's own scan does not
 * draw its articles in name order either), as [path, rel]. Stops at the first one, so a section of
 * 5,000 files costs one read of the folder, not a listing of it.
 */
function firstArticle(dir: string, rel: string, depth: number): readonly [string, string] | null {
	const folders: string[] = [];
	const handle = opendirSync(dir);
	try {
		for (let entry = handle.readSync(); entry !== null; entry = handle.readSync()) {
			const relPath = rel === '' ? entry.name : `${rel}/${entry.name}`;
			if (entry.isFile() && isArticleName(entry.name)) return [join(dir, entry.name), relPath];
			if (entry.isDirectory() && !isHidden(entry.name) && depth < MAX_DEPTH) folders.push(entry.name);
		}
	} finally {
		handle.closeSync();
	}
	for (const name of folders) {
		const found = firstArticle(join(dir, name), rel === '' ? name : `${rel}/${name}`, depth + 1);
		if (found) return found;
	}
	return null;
}

/** The store as the reader will open it, or null when it has anything to say (a notice the footer would show). */
function storeSnapshot(env: ColdFacts['env']): StoreSnapshot | null {
	const sync = new StoreSync();
	const file = join(defaultConfigDir(env), 'config.json');
	if (!existsSync(file)) return sync.state.snapshot();
	// Without blocking on a FIFO, and only a file of the user's own: the painter runs before anything
	// can tell the user why a start hangs. Anything else is the program's to explain.
	const bytes = readPrivateFile(file, MAX_STORE_BYTES);
	if (bytes === undefined) return null;
	const parsed = parseStoreText(bytes.toString('utf8'));
	if (!parsed.ok) return null;
	const {problems, file: decoded} = sync.absorb(parsed.root);
	return problems.length > 0 || decoded.newerVersion !== null ? null : sync.state.snapshot();
}

/** The cold start's first frame, or null where it would not be exactly what the program draws first. */
export function coldFrame(facts: ColdFacts): ColdFrame | null {
	const options = parseArgs(facts.argv);
	if ('error' in options || options.subcommand !== 'tui' || options.help || options.version || options.samples) return null;
	if (!drawableTerm(facts.env['TERM']) || existsSync(configPath(facts.env))) return null;
	const dirs = options.articleDirs.length > 0 ? options.articleDirs : [join(facts.binFile, '..', '..', 'articles')];
	const [dir] = dirs;
	if (dir === undefined || dirs.length !== 1 || !statSync(dir, {throwIfNoEntry: false})?.isDirectory()) return null;
	// A warm list cache makes the program's first frame the whole list, not the first article.
	if (mayHaveListCache(realpathSync.native(dir), defaultCacheDir(facts.env))) return null;
	const snapshot = storeSnapshot(facts.env);
	if (snapshot === null || (snapshot.feeds.size > 0 && !options.offline)) return null;
	const found = firstArticle(dir, '', 0);
	if (found === null || statSync(found[0]).size > MAX_READ) return null;
	const id = sanitizeText(folderArticleId(found[1]));
	const slash = id.lastIndexOf('/');
	const folder = slash === -1 ? undefined : id.slice(id.lastIndexOf('/', slash - 1) + 1, slash);
	const meta = metaFromParts(sanitizeText(readFileSync(found[0], 'utf8')), '', true, {id, ...(folder === undefined ? {} : {folder})});
	const size = {cols: facts.cols, rows: facts.rows};
	const frame = firstFrame({articles: [meta], scanning: true, snapshot, columns: size.cols, rows: size.rows});
	return frame === null ? null : {frame, paint: paintBytes(frame, size, facts.env)};
}
