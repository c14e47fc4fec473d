import {mkdirSync, symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {readHeadTail} from '../../src/io/read-text.js';
import {tempDir} from '../helpers/bin.js';

const temp = tempDir('newsterm-open-');
const root = join(temp.path, 'root');
mkdirSync(join(root, 'sub'), {recursive: true});
writeFileSync(join(root, 'sub', 'a.txt'), 'Inside\n\nbody');
writeFileSync(join(temp.path, 'secret.txt'), 'Outside secret');
symlinkSync(join(temp.path, 'secret.txt'), join(root, 'sub', 'out.txt'));
symlinkSync(join(root, 'sub', 'a.txt'), join(root, 'sub', 'in.txt'));
afterAll(temp.remove);

const limits = {head: 100, tail: 100, maxBytes: 1000, root, foldersChecked: true} as const;

describe('reads after a walk (foldersChecked)', () => {
	test('a regular file opens directly', async () => {
		const read = await readHeadTail(join(root, 'sub', 'a.txt'), limits);
		expect(read.ok && read.head).toBe('Inside\n\nbody');
	});

	test('a link that appeared after the walk is still resolved and held to the root', async () => {
		expect(await readHeadTail(join(root, 'sub', 'out.txt'), limits)).toEqual({ok: false, reason: 'link points outside the folder'});
		const inside = await readHeadTail(join(root, 'sub', 'in.txt'), limits);
		expect(inside.ok && inside.head).toBe('Inside\n\nbody');
	});
});
