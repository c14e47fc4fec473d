import {execFileSync} from 'node:child_process';
import {chmod, chown, mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {Script} from 'node:vm';
import {build} from 'esbuild';
import fc from 'fast-check';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {codeCachePath, decodeCodeCache, discardCodeCache, encodeCodeCache, readCodeCache, writeCodeCache} from '../../src/runtime/code-cache.js';

let dir = '';
beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'newsterm-code-cache-'));
});
afterEach(async () => {
	await rm(dir, {recursive: true, force: true});
});

/** Real cached code from V8, for a script that is not the program. */
function compiledCode(): Buffer {
	const script = new Script('(function add(a, b) { return a + b; })');
	(script.runInThisContext() as (a: number, b: number) => number)(1, 2);
	return script.createCachedData();
}

describe('the code cache file', () => {
	it('names one file per build, Node and architecture', () => {
		expect(codeCachePath('/c', 'abc123', 'v20.20.2', 'x64')).toBe('/c/code-abc123-v20.20.2-x64.bin');
		expect(codeCachePath('/c', 'abc123', 'v22.1.0', 'x64')).not.toBe(codeCachePath('/c', 'abc123', 'v20.20.2', 'x64'));
		expect(codeCachePath('/c', 'def456', 'v20.20.2', 'x64')).not.toBe(codeCachePath('/c', 'abc123', 'v20.20.2', 'x64'));
	});

	it('gives back exactly the payload it was given', () => {
		fc.assert(
			fc.property(fc.uint8Array({minLength: 1, maxLength: 300}), payload => {
				expect(decodeCodeCache(encodeCodeCache(payload))).toEqual(Buffer.from(payload));
			}),
		);
	});

	it('refuses contents with any one byte changed, or cut short: damaged code never reaches V8', () => {
		const bytes = encodeCodeCache(compiledCode());
		fc.assert(
			fc.property(fc.nat({max: bytes.length - 1}), fc.integer({min: 1, max: 255}), (at, flip) => {
				const damaged = Buffer.from(bytes);
				damaged[at] = damaged[at]! ^ flip;
				expect(decodeCodeCache(damaged)).toBeUndefined();
			}),
		);
		fc.assert(
			fc.property(fc.nat({max: bytes.length - 1}), length => {
				expect(decodeCodeCache(bytes.subarray(0, length))).toBeUndefined();
			}),
		);
		expect(decodeCodeCache(compiledCode())).toBeUndefined();
	});
});

describe('readCodeCache', () => {
	it('reads back what writeCodeCache saved, and V8 takes it', async () => {
		const file = codeCachePath(dir, 'build1');
		const code = compiledCode();
		await writeCodeCache(file, code);
		const read = readCodeCache(file);
		expect(read).toEqual(code);
		const script = new Script('(function add(a, b) { return a + b; })', {cachedData: read});
		expect(script.cachedDataRejected).toBe(false);
	});

	it('is undefined for a missing file, a folder, a damaged file and a file of the wrong kind', async () => {
		expect(readCodeCache(join(dir, 'missing.bin'))).toBeUndefined();
		await mkdir(join(dir, 'folder.bin'));
		expect(readCodeCache(join(dir, 'folder.bin'))).toBeUndefined();
		const damaged = encodeCodeCache(compiledCode());
		damaged[damaged.length - 1] = damaged[damaged.length - 1]! ^ 1;
		await writeFile(join(dir, 'damaged.bin'), damaged);
		expect(readCodeCache(join(dir, 'damaged.bin'))).toBeUndefined();
		await writeFile(join(dir, 'text.bin'), 'not a cache at all\n');
		expect(readCodeCache(join(dir, 'text.bin'))).toBeUndefined();
	});

	it('refuses a file others can write, or that another user owns: cached code runs as this user', async () => {
		const file = codeCachePath(dir, 'build1');
		await writeCodeCache(file, compiledCode());
		await chmod(file, 0o644);
		expect(readCodeCache(file)).toBeDefined();
		await chmod(file, 0o666);
		expect(readCodeCache(file)).toBeUndefined();
		await chmod(file, 0o620);
		expect(readCodeCache(file)).toBeUndefined();
		await chmod(file, 0o600);
		expect(readCodeCache(file)).toBeDefined();
		// Only root can give a file away; as anyone else the owner half cannot be set up here.
		if (process.getuid?.() === 0) {
			await chown(file, 12345, 12345);
			expect(readCodeCache(file)).toBeUndefined();
		}
	});

	it('does not wait for a writer when the file is a FIFO', async () => {
		const fifo = join(dir, 'fifo.bin');
		execFileSync('mkfifo', [fifo]);
		// The read is synchronous, so a hang would stop this process too: it runs in a child with a time limit.
		const module = join(dir, 'code-cache.mjs');
		await build({
			entryPoints: [fileURLToPath(new URL('../../src/runtime/code-cache.ts', import.meta.url))],
			outfile: module,
			bundle: true,
			platform: 'node',
			format: 'esm',
			logLevel: 'silent',
		});
		const probe = `import(${JSON.stringify(pathToFileURL(module).href)}).then(m => console.log(String(m.readCodeCache(${JSON.stringify(fifo)}))))`;
		expect(execFileSync(process.execPath, ['-e', probe], {encoding: 'utf8', timeout: 5000}).trim()).toBe('undefined');
	});
});

describe('writeCodeCache', () => {
	it("removes other builds' files and dead temp files, and keeps this build's for other Nodes and everything else", async () => {
		const names = [
			'code-oldbuild-v20.20.2-x64.bin',
			'code-oldbuild-v20.20.2-x64.bin.123.abcd1234.tmp',
			'code-build1-v22.0.0-x64.bin',
			'index-articles-0123456789abcdef0123.json',
			'notes.txt',
		];
		for (const name of names) await writeFile(join(dir, name), 'x');
		const file = codeCachePath(dir, 'build1', 'v20.20.2', 'x64');
		await writeCodeCache(file, compiledCode());
		expect((await readdir(dir)).sort()).toEqual(
			['code-build1-v20.20.2-x64.bin', 'code-build1-v22.0.0-x64.bin', 'index-articles-0123456789abcdef0123.json', 'notes.txt'].sort(),
		);
	});

	it('creates the cache folder, and gives up quietly where it cannot write', async () => {
		const nested = codeCachePath(join(dir, 'a', 'b'), 'build1');
		await writeCodeCache(nested, compiledCode());
		expect(readCodeCache(nested)).toBeDefined();
		await writeFile(join(dir, 'plain-file'), 'x');
		const impossible = codeCachePath(join(dir, 'plain-file'), 'build1');
		await expect(writeCodeCache(impossible, compiledCode())).resolves.toBeUndefined();
		expect(await readFile(join(dir, 'plain-file'), 'utf8')).toBe('x');
		expect((await readdir(dir)).filter(name => name.endsWith('.tmp'))).toEqual([]);
	});
});

describe('discardCodeCache', () => {
	it('removes the file, and says nothing when there is none', async () => {
		const file = codeCachePath(dir, 'build1');
		await writeCodeCache(file, compiledCode());
		discardCodeCache(file);
		expect(await readdir(dir)).toEqual([]);
		expect(() => discardCodeCache(file)).not.toThrow();
	});
});
