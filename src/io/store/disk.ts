/**
 * The store file, read and written through conf. conf throws on a damaged file (or wipes it with
 * `clearInvalidConfig`), so its `deserialize` hook here never throws: it records what it found and
 * hands conf an empty object, and the caller decides what to do with the damage.
 */
import {accessSync, constants, mkdirSync, statSync, unwatchFile, watchFile, type Stats} from 'node:fs';
import {dirname, join} from 'node:path';
import Conf from 'conf';
import {parseStoreText, type ParsedText} from '../../core/store/index.js';
import {acquireLock} from './lock.js';
import {FILE_MODE, ensurePrivate} from './file.js';

/** What reading the file found. */
export type DiskRead =
	| {readonly kind: 'missing'}
	| {readonly kind: 'damaged'; readonly reason: string}
	| {readonly kind: 'ok'; readonly root: Record<string, unknown>};

type Root = Record<string, unknown>;

/** The store file `<dir>/config.json` (conf's own folder `~/.config/newsterm/` when `dir` is undefined). */
export class StoreDisk {
	#conf: Conf<Root> | null = null;
	#parsed: ParsedText | null = null;
	#own: {ino: number; size: number; mtimeMs: number} | null = null;

	constructor(
		readonly dir: string | undefined,
		readonly staleMs: number,
	) {}

	/** The file's path, or just its name while conf could not be set up yet. */
	get path(): string {
		return this.#conf?.path ?? (this.dir === undefined ? 'config.json' : join(this.dir, 'config.json'));
	}

	/** Reads the file. Throws on file system errors other than "missing". */
	read(): DiskRead {
		const conf = this.#open();
		this.#parsed = null;
		const root = conf.store;
		// conf answers a missing file with {} without calling deserialize.
		const parsed = this.#takeParsed();
		if (parsed === null) return {kind: 'missing'};
		return parsed.ok ? {kind: 'ok', root} : {kind: 'damaged', reason: parsed.reason};
	}

	/** Writes the file atomically (conf), mode 0600, and remembers it so the watcher can skip it. */
	write(root: Root): void {
		const conf = this.#open();
		// atomically retries EACCES for a whole second; asking first keeps a read-only folder quick.
		accessSync(dirname(conf.path), constants.W_OK);
		conf.store = root;
		ensurePrivate(conf.path);
		this.#own = null;
		try {
			const {ino, size, mtimeMs} = statSync(conf.path);
			this.#own = {ino, size, mtimeMs};
		} catch {
			// Without a stat the watcher reads our own write once more: harmless.
		}
	}

	/** Whether the file is still the one our last `write` left. */
	isAsWritten(): boolean {
		if (this.#own === null || this.#conf === null) return false;
		try {
			return this.#isOwn(statSync(this.#conf.path));
		} catch {
			return false;
		}
	}

	/** Same inode, size and mtime as our last write: conf renames a new file in for every write. */
	#isOwn(stats: Pick<Stats, 'ino' | 'size' | 'mtimeMs'>): boolean {
		const own = this.#own;
		return own !== null && stats.ino === own.ino && stats.size === own.size && stats.mtimeMs === own.mtimeMs;
	}

	/** Runs `task` holding `<file>.lock`. */
	withLock<T>(waitMs: number, task: () => T): T {
		const release = acquireLock(`${this.#open().path}.lock`, waitMs, this.staleMs);
		try {
			return task();
		} finally {
			release();
		}
	}

	/** Polls the file; `onChange` runs when someone else wrote it. Returns the stop function. */
	watch(intervalMs: number, onChange: () => void): () => void {
		const file = this.#open().path;
		const listener = (current: Stats): void => {
			if (current.nlink === 0 || this.#isOwn(current)) return;
			onChange();
		};
		watchFile(file, {interval: intervalMs, persistent: false}, listener);
		return () => unwatchFile(file, listener);
	}

	#takeParsed(): ParsedText | null {
		const parsed = this.#parsed;
		this.#parsed = null;
		return parsed;
	}

	#open(): Conf<Root> {
		if (this.#conf) return this.#conf;
		if (this.dir !== undefined) mkdirSync(this.dir, {recursive: true, mode: 0o700});
		this.#conf = new Conf<Root>({
			projectName: 'newsterm',
			projectSuffix: '',
			...(this.dir === undefined ? {} : {cwd: this.dir}),
			configFileMode: FILE_MODE,
			accessPropertiesByDotNotation: false,
			clearInvalidConfig: false,
			serialize: value => JSON.stringify(value),
			deserialize: text => {
				this.#parsed = parseStoreText(text);
				return this.#parsed.ok ? this.#parsed.root : {};
			},
		});
		return this.#conf;
	}
}
