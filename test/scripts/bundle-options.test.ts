import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {afterAll, describe, expect, it} from 'vitest';
import {bundleOptions} from '../../scripts/bundle-options.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'newsterm-bundle-options-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

// Lays out one node with yoga, then reports whether undici (Node's fetch) was loaded to do it.
const YOGA_PROBE = `
import Yoga from 'yoga-layout';
const node = Yoga.Node.create();
node.setWidth(7);
node.setHeight(3);
node.calculateLayout();
const undici = process.moduleLoadList.some(name => name.includes('undici'));
console.log(JSON.stringify({width: node.getComputedWidth(), height: node.getComputedHeight(), undici, fetch: typeof fetch}));
`;

describe('bundle options: yoga without fetch', () => {
	it('lays out with yoga in the bundle without loading undici, and leaves the global fetch to the rest', async () => {
		const outfile = join(dir, 'yoga-probe.mjs');
		const options = bundleOptions(join(root, 'unused.js'), outfile);
		await build({...options, entryPoints: undefined, stdin: {contents: YOGA_PROBE, resolveDir: root, loader: 'js', sourcefile: 'yoga-probe.js'}});
		const report = JSON.parse(execFileSync(process.execPath, [outfile], {encoding: 'utf8'}));
		expect(report).toEqual({width: 7, height: 3, undici: false, fetch: 'function'});
	});
});
