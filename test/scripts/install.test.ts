import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {killAll, spawnPty} from '../../scripts/pty-driver.mjs';

type LockEntry = {hasInstallScript?: boolean; dependencies?: Record<string, string>; optional?: boolean};
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {packages: Record<string, LockEntry>};
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {devDependencies: Record<string, string>; allowScripts: Record<string, boolean>};

/** Package name of a lockfile key such as `node_modules/a/node_modules/@s/b`. */
const nameOf = (key: string): string => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);

// `npm ci` must work on a machine without a C++ toolchain or Node headers: a package that runs an
// install script may compile (node-pty did, with node-gyp), so only esbuild's, which only checks
// its prebuilt binary, is allowed.
describe('npm ci needs no compiler', () => {
	const scripted = Object.entries(lock.packages)
		.filter(([key, entry]) => key !== '' && entry.hasInstallScript)
		.map(([key]) => nameOf(key));

	it('no package in the lockfile runs an install script except esbuild', () => {
		expect(scripted).toEqual(['esbuild']);
	});

	it('allowScripts names exactly the packages that have install scripts', () => {
		expect(Object.keys(pkg.allowScripts).sort()).toEqual([...new Set(scripted)].sort());
	});

	it('nothing depends on node-gyp or node-addon-api', () => {
		const builders = Object.keys(lock.packages).filter(key => ['node-gyp', 'node-addon-api', 'node-pty'].includes(nameOf(key)));
		expect(builders).toEqual([]);
	});

	it('the pty is @lydell/node-pty, pinned', () => {
		expect(pkg.devDependencies['@lydell/node-pty']).toBe('1.1.0');
	});

	it("the benchmark's pty driver runs a command with the prebuilt pty", async () => {
		const driver = spawnPty(process.execPath, ['-e', 'console.log("pty " + "ok")'], {cols: 40, rows: 5});
		try {
			await driver.waitFor('pty ok');
			await driver.exited;
		} finally {
			killAll();
		}
		expect(driver.screen().join('\n')).toContain('pty ok');
	});
});
