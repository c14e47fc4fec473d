/**
 * Reading config.toml: a missing file is every default, with nothing read past the failed open and
 * nothing parsed (the reader's first frame must not wait for a TOML parser it does not need). A file
 * there is read (bounded, regular files only) and parsed with smol-toml, loaded only then.
 */
import {closeSync, fstatSync, openSync, readSync} from 'node:fs';
import {homedir} from 'node:os';
import {join} from 'node:path';
import {type Config, type ConfigProblem, checkConfig, DEFAULT_CONFIG, syntaxProblem} from '../../core/config/index.js';
import {defaultConfigDir} from '../dirs/index.js';

/** A settings file is a few kilobytes; anything this big is not one. */
const MAX_BYTES = 256 * 1024;

/** config.toml as read: where it is, whether it was there, the settings and what was wrong. */
export interface LoadedConfig {
	readonly path: string;
	readonly found: boolean;
	readonly config: Config;
	readonly problems: readonly ConfigProblem[];
}

/** The path of config.toml for this environment. */
export function configPath(env: NodeJS.ProcessEnv = process.env): string {
	return join(defaultConfigDir(env), 'config.toml');
}

/** The file's text, null when there is none, or the problem that stops it being read. */
function readText(path: string): string | null | ConfigProblem {
	let fd: number;
	try {
		fd = openSync(path, 'r');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT' || code === 'ENOTDIR') return null;
		return {key: '', message: `cannot be read (${code ?? String(error)}); every setting uses its default`};
	}
	try {
		const stat = fstatSync(fd);
		if (!stat.isFile()) return {key: '', message: 'is not a regular file; every setting uses its default'};
		if (stat.size > MAX_BYTES)
			return {key: '', message: `is ${stat.size} bytes, more than a settings file holds (${MAX_BYTES}); every setting uses its default`};
		const bytes = Buffer.alloc(stat.size);
		let read = 0;
		while (read < bytes.length) {
			const n = readSync(fd, bytes, read, bytes.length - read, read);
			if (n === 0) break;
			read += n;
		}
		return new TextDecoder('utf-8', {fatal: true}).decode(bytes.subarray(0, read)).replace(/^\uFEFF/, '');
	} catch (error) {
		const reason = error instanceof TypeError ? 'is not UTF-8 text' : `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
		return {key: '', message: `${reason}; every setting uses its default`};
	} finally {
		closeSync(fd);
	}
}

/** Reads and checks config.toml; never throws: what is wrong comes back as problems, with defaults in their place. */
export async function loadConfig(env: NodeJS.ProcessEnv = process.env): Promise<LoadedConfig> {
	const path = configPath(env);
	const text = readText(path);
	if (text === null) return {path, found: false, config: DEFAULT_CONFIG, problems: []};
	if (typeof text !== 'string') return {path, found: true, config: DEFAULT_CONFIG, problems: [text]};
	const {parse, TomlError} = await import('smol-toml');
	let doc: Record<string, unknown>;
	try {
		doc = parse(text);
	} catch (error) {
		const message = error instanceof Error ? error.message.replace(/^Invalid TOML document:\s*/, '') : String(error);
		return {path, found: true, config: DEFAULT_CONFIG, problems: [syntaxProblem(message, error instanceof TomlError ? error.line : undefined)]};
	}
	const {config, problems} = checkConfig(doc, text, env['HOME'] || homedir());
	return {path, found: true, config, problems};
}
