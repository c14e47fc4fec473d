// Measures the article I/O layer at 100,000 files: the walk, and the list cache's save and load.
// Each measurement runs in a fresh Node process, as a start of newsterm would.
// Usage: node scripts/bench-io.mjs [files=100000] [runs=5]
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const files = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 5);
const repo = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'newsterm-bench-io-'));

await build({
	entryPoints: {walk: join(repo, 'src/io/folder/walk.ts'), read: join(repo, 'src/io/files/read-text.ts'), cache: join(repo, 'src/io/list-cache/cache-file.ts')},
	bundle: true,
	platform: 'node',
	format: 'esm',
	outdir: work,
	outExtension: {'.js': '.mjs'},
	logLevel: 'warning',
});

// Ten sections of 100 folders, like a large archive; names and titles of realistic length.
const root = join(work, 'articles');
const words = 'minister council harbour river storm budget election football market science'.split(' ');
const entries = [];
for (let i = 0; i < files; i++) {
	const folder = `section-${i % 10}/folder-${Math.floor(i / 10) % 100}`;
	const rel = `${folder}/${words[i % 10]}-${words[(i * 7) % 10]}-report-${i}.txt`;
	const title = `The ${words[i % 10]} says the ${words[(i * 3) % 10]} will ${words[(i * 7) % 10]} by spring (${i})`;
	mkdirSync(join(root, folder), {recursive: true});
	writeFileSync(join(root, rel), `${title}\n\nBody.\n`);
	entries.push([
		rel,
		{size: 100, mtimeMs: 1_700_000_000_000.123 + i, value: {id: rel.slice(0, -4), title, section: `Section ${i % 10}`, updated: '2024-04-05T10:30'}},
	]);
}
const entriesFile = join(work, 'entries.json');
writeFileSync(entriesFile, JSON.stringify(entries));

function timeIn(code) {
	const script = join(work, 'run.mjs');
	writeFileSync(script, code);
	return Number(execFileSync(process.execPath, [script], {encoding: 'utf8'}).trim());
}

function report(name, samples) {
	const sorted = [...samples].sort((a, b) => a - b);
	const median = sorted[Math.floor(sorted.length / 2)];
	console.log(`${name.padEnd(14)} min ${sorted[0].toFixed(0)} ms, median ${median.toFixed(0)} ms`);
}

const cacheFile = join(work, 'cache', 'index.json');
const walk = [],
	heads = [],
	save = [],
	load = [];
for (let run = 0; run < runs; run++) {
	walk.push(
		timeIn(`import {walkArticleFiles} from './walk.mjs';
const t = performance.now(); const r = await walkArticleFiles(${JSON.stringify(root)});
if (r.files.length !== ${files}) throw new Error('walk found ' + r.files.length);
console.log(performance.now() - t);`),
	);
	// A cold start without a cache: every file's first 4 KB and last 2 KB, 64 reads at a time.
	heads.push(
		timeIn(`import {walkArticleFiles} from './walk.mjs'; import {readHeadTail} from './read.mjs';
const {files} = await walkArticleFiles(${JSON.stringify(root)});
const t = performance.now(); let next = 0, ok = 0;
await Promise.all(Array.from({length: 64}, async () => { while (next < files.length) {
	const file = files[next++]; const r = await readHeadTail(file.path, {head: 4096, tail: 2048, maxBytes: 5 * 1024 * 1024, root: ${JSON.stringify(root)}});
	if (r.ok) ok++; } }));
if (ok !== ${files}) throw new Error('read ' + ok); console.log(performance.now() - t);`),
	);
	save.push(
		timeIn(`import {readFileSync} from 'node:fs'; import {saveListCache} from './cache.mjs';
const entries = JSON.parse(readFileSync(${JSON.stringify(entriesFile)}, 'utf8'));
const t = performance.now(); const error = await saveListCache(${JSON.stringify(cacheFile)}, entries);
if (error) throw new Error(error); console.log(performance.now() - t);`),
	);
	load.push(
		timeIn(`import {loadListCache} from './cache.mjs';
const t = performance.now(); const map = await loadListCache(${JSON.stringify(cacheFile)}, (v) => typeof v === 'object' && v !== null && typeof v.title === 'string');
if (map.size !== ${files}) throw new Error('loaded ' + map.size); console.log(performance.now() - t);`),
	);
}
console.log(`${files} files, ${runs} runs, Node ${process.version}`);
report('walk', walk);
report('head/tail all', heads);
report('cache save', save);
report('cache load', load);
console.log(`cache file     ${(statSync(cacheFile).size / 1e6).toFixed(1)} MB`);
rmSync(work, {recursive: true, force: true});
