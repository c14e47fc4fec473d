import {readdirSync, readFileSync, writeSync} from 'node:fs';
import {join} from 'node:path';
import {folderArticleId, metaFromParts} from '../src/core/article/index.js';
import {sanitizeText} from '../src/core/text/index.js';
import {firstFrame} from '../src/ui/paint/index.js';
import {fullRepaint, splitFrame, terminalBytes} from '../src/core/terminal/index.js';
const root = process.argv[2] ?? '.';
function first(dir: string, rel: string): [string, string] | null {
	const entries = readdirSync(dir, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1));
	for (const e of entries) {
		const r = rel ? `${rel}/${e.name}` : e.name;
		if (e.isFile() && e.name.endsWith('.txt')) return [join(dir, e.name), r];
		if (e.isDirectory()) {
			const f = first(join(dir, e.name), r);
			if (f) return f;
		}
	}
	return null;
}
const found = first(root, '');
if (found) {
	const [path, rel] = found;
	const id = folderArticleId(rel.slice(0, -4));
	const meta = metaFromParts(sanitizeText(readFileSync(path, 'utf8')), '', true, {id, folder: rel.split('/')[0] ?? ''});
	process.stdin.setRawMode(true);
	const cols = process.stdout.columns,
		rows = process.stdout.rows;
	const frame = firstFrame({
		articles: [meta],
		scanning: true,
		snapshot: {read: new Set(), bookmarks: new Map(), places: new Map(), feeds: new Map()},
		columns: cols,
		rows,
	});
	if (frame) writeSync(1, '\x1b[?1049h' + String(terminalBytes(fullRepaint(splitFrame(frame, rows), {cols, rows}), 'utf8')));
	setTimeout(() => {
		process.stdin.setRawMode(false);
		writeSync(1, '\x1b[?1049l');
	}, 300);
}
