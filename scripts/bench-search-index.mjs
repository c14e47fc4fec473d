// The search part's in-process figures for one corpus, run as its own process (node --expose-gc) so
// the index's memory is measured alone: `node --expose-gc scripts/bench-search-index.mjs <core.mjs> <dir>`
// prints JSON: build time, heap and array-buffer growth, and the time of each query as it is typed.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

const [coreFile, dir] = process.argv.slice(2);
const {SearchIndex, snapshotSteps, loadSnapshot} = await import(coreFile);

/** Title, text and date of a corpus file, as the folder source reads them (near enough for timing). */
function doc(id, text) {
	const [head, foot = ''] = text.split('\n\nLast update: ');
	const newline = head.indexOf('\n');
	const match = /(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})/.exec(foot);
	const updated = match ? `${match[3]}-${match[2]}-${match[1]}T${match[4]}:${match[5]}` : null;
	return {id, title: head.slice(0, newline), body: head.slice(newline + 1), updated, stamp: ''};
}

const memory = () => {
	global.gc();
	const {heapUsed, arrayBuffers} = process.memoryUsage();
	return {heapUsed, arrayBuffers};
};
const before = memory();
const index = new SearchIndex();
let buildMs = 0;
let count = 0;
for (const section of readdirSync(dir).sort()) {
	for (const name of readdirSync(join(dir, section)).sort()) {
		if (!name.endsWith('.txt')) continue;
		const d = doc(`${section}/${name.slice(0, -4)}`, readFileSync(join(dir, section, name), 'utf8'));
		const started = performance.now();
		index.add(d);
		buildMs += performance.now() - started;
		count++;
	}
}
const after = memory();
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** Each key of a query as typed: the time from the key to the results, the median of 5. */
const typed = query => {
	const perKey = [];
	for (let end = 1; end <= query.length; end++) {
		const text = query.slice(0, end);
		const times = [];
		let found = 0;
		for (let i = 0; i < 5; i++) {
			const started = performance.now();
			found = index.search(text).ids.length;
			times.push(performance.now() - started);
		}
		perKey.push({text, ms: Math.round(median(times) * 10) / 10, found});
	}
	return {query, perKey, maxMs: Math.max(...perKey.map(key => key.ms)), medianMs: median(perKey.map(key => key.ms))};
};
const queries = ['harbour', 'valmora ferry', 'budget mayor', 'spokeswoman'].map(typed);
let started = performance.now();
const steps = snapshotSteps(index);
let next = steps.next();
while (!next.done) next = steps.next();
const saveMs = performance.now() - started;
started = performance.now();
const loading = loadSnapshot(JSON.parse(JSON.stringify(next.value.head)), next.value.postings);
let step = loading.next();
while (!step.done) step = loading.next();
const loaded = step.value;
const loadMs = performance.now() - started;
process.stdout.write(
	JSON.stringify({
		count,
		terms: index.terms.size,
		buildMs: Math.round(buildMs),
		heapMB: Math.round(((after.heapUsed - before.heapUsed) / 1e6) * 10) / 10,
		arrayBuffersMB: Math.round(((after.arrayBuffers - before.arrayBuffers) / 1e6) * 10) / 10,
		snapshotMs: Math.round(saveMs),
		snapshotPostingsMB: Math.round((next.value.postings.length / 1e6) * 10) / 10,
		loadMs: Math.round(loadMs),
		loadedSame: loaded?.search('harbour').ids.length === index.search('harbour').ids.length,
		queries,
	}),
);
