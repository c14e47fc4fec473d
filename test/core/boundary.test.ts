import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, test} from 'vitest';

const CORE = join(import.meta.dirname, '..', '..', 'src', 'core');
const FORBIDDEN = /^(?:ink|ink-[\w-]+|react|react\/.*|conf|node:fs|node:fs\/promises|fs|fs\/promises|node:child_process|child_process|node:net|node:http|node:https)$/;

/** Every module specifier a file imports or re-exports, static or dynamic. */
function specifiers(source: string): string[] {
	const found: string[] = [];
	for (const match of source.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm)) {
		found.push(match[1] ?? match[2] ?? match[3] ?? '');
	}
	return found;
}

test('src/core stays pure: no Ink, React, conf, file system, processes or network', () => {
	const files = readdirSync(CORE).filter(name => /\.tsx?$/.test(name));
	expect(files.length).toBeGreaterThan(20);
	const offenders = files.flatMap(name =>
		specifiers(readFileSync(join(CORE, name), 'utf8')).filter(spec => FORBIDDEN.test(spec)).map(spec => `${name} imports ${spec}`),
	);
	expect(offenders).toEqual([]);
});

test('the boundary check sees the imports it is meant to catch', () => {
	expect(specifiers("import {render} from 'ink';\nimport x from 'node:fs';\nconst y = await import('conf');")).toEqual(['ink', 'node:fs', 'conf']);
});
