import {readdirSync, readFileSync, statSync} from 'node:fs';
import {dirname, join, relative, resolve, sep} from 'node:path';
import {expect, test} from 'vitest';

/**
 * The layers and their front doors (docs/architecture.md): `core/` is pure, `ui/` draws and never
 * does I/O itself, `io/` never draws, and a folder is entered only through its `index.ts`. `cli/` is
 * the composition root and may use every layer, still through front doors.
 */
const SRC = join(import.meta.dirname, '..', 'src');

/** Packages and built-ins that do I/O or draw: none of them belongs in the pure core. */
const IMPURE =
	/^(?:ink|ink-[\w-]+|react|react\/.*|conf|(?:node:)?(?:fs|fs\/promises|child_process|net|http|https|http2|dgram|tls|dns|os|worker_threads|process|v8|vm))$/;

/** Top-level folders each layer may not import from. */
const FORBIDDEN_LAYERS: Readonly<Record<string, readonly string[]>> = {
	core: ['io', 'ui', 'cli', 'runtime'],
	ui: ['io', 'cli', 'runtime'],
	io: ['ui', 'cli'],
	runtime: ['core', 'ui', 'cli'],
};

/** The io/ folders the launcher (src/runtime) may load. */
const LAUNCHER_IO = [join('io', 'dirs'), join('io', 'frame-cache')];

/** Every module specifier a file imports or re-exports, static or dynamic. */
function specifiers(source: string): string[] {
	const found: string[] = [];
	for (const match of source.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm)) {
		found.push(match[1] ?? match[2] ?? match[3] ?? '');
	}
	return found;
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap(name => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
	});
}

/** The layer (top folder under src/) a path is in, or '' for src/ itself. */
const layerOf = (path: string): string => (relative(SRC, path).split(sep).length > 1 ? (relative(SRC, path).split(sep)[0] ?? '') : '');

/** What is wrong with one file's imports, as `file: problem` lines. */
function violations(file: string, source: string): string[] {
	const name = relative(SRC, file);
	const layer = layerOf(file);
	const problems: string[] = [];
	for (const spec of specifiers(source)) {
		if (!spec.startsWith('.')) {
			if (layer === 'core' && IMPURE.test(spec)) problems.push(`${name} imports ${spec}`);
			continue;
		}
		const target = resolve(dirname(file), spec);
		const targetLayer = layerOf(target);
		if (FORBIDDEN_LAYERS[layer]?.includes(targetLayer)) problems.push(`${name} reaches into ${targetLayer}/ (${spec})`);
		// The launcher runs before the program, compiled without a code cache: it may load io/dirs and,
		// for its early paint, io/frame-cache, nothing else.
		else if (layer === 'runtime' && targetLayer === 'io' && !LAUNCHER_IO.some(folder => relative(SRC, target).startsWith(folder)))
			problems.push(`${name} loads more than io/dirs and io/frame-cache (${spec})`);
		const sameFolder = dirname(target) === dirname(file);
		if (!sameFolder && !/[\\/]index\.js$/.test(spec) && !spec.endsWith('package.json')) {
			problems.push(`${name} goes around a front door (${spec}): import the folder's index.js`);
		}
	}
	return problems;
}

test('every layer keeps to its side and enters other folders through their index.ts', () => {
	const files = sourceFiles(SRC);
	expect(files.length).toBeGreaterThan(80);
	const offenders = files.flatMap(file => violations(file, readFileSync(file, 'utf8')));
	expect(offenders).toEqual([]);
});

test('no folder under src/ holds more than 12 files', () => {
	const folders = new Set(sourceFiles(SRC).map(dirname));
	const crowded = [...folders].filter(folder => readdirSync(folder).filter(name => statSync(join(folder, name)).isFile()).length > 12);
	expect(crowded.map(folder => relative(SRC, folder))).toEqual([]);
});

test('the boundary check catches each kind of violation it is meant to', () => {
	expect(specifiers("import {render} from 'ink';\nimport x from 'node:fs';\nconst y = await import('conf');")).toEqual(['ink', 'node:fs', 'conf']);
	const core = join(SRC, 'core', 'reader', 'plan.ts');
	expect(violations(core, "import {render} from 'ink';")).toEqual(['core/reader/plan.ts imports ink']);
	expect(violations(core, "import {x} from '../../io/store/index.js';")).toEqual(['core/reader/plan.ts reaches into io/ (../../io/store/index.js)']);
	expect(violations(core, "import {x} from '../store/codec.js';")).toEqual([
		"core/reader/plan.ts goes around a front door (../store/codec.js): import the folder's index.js",
	]);
	expect(violations(core, "import {x} from './state.js';\nimport {y} from '../store/index.js';")).toEqual([]);
	const ui = join(SRC, 'ui', 'app', 'app.tsx');
	expect(violations(ui, "import {x} from '../../io/terminal/index.js';")).toEqual(['ui/app/app.tsx reaches into io/ (../../io/terminal/index.js)']);
	expect(violations(join(SRC, 'runtime', 'launch.ts'), "import {x} from '../io/files/index.js';")).toEqual([
		'runtime/launch.ts loads more than io/dirs and io/frame-cache (../io/files/index.js)',
	]);
	expect(violations(join(SRC, 'runtime', 'launch.ts'), "import {x} from '../io/dirs/index.js';")).toEqual([]);
	expect(violations(join(SRC, 'runtime', 'early-paint.ts'), "import {x} from '../io/frame-cache/index.js';")).toEqual([]);
	expect(violations(join(SRC, 'io', 'store', 'disk.ts'), "import {x} from '../../ui/theme/index.js';")).toEqual([
		'io/store/disk.ts reaches into ui/ (../../ui/theme/index.js)',
	]);
});
