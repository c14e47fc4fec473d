/**
 * Batched file-system calls with a cap on how many are in flight. Listing 100,000 files means
 * 100,000 `lstat` calls, and the callback API with a shared queue makes them much sooner than one
 * `fs.promises.lstat` await per file (docs/performance.md#fs-batch). Each batch settles as one
 * promise, and errors are returned per path instead of rejecting, so one vanished file does not lose
 * the batch.
 */
import {lstat, readdir, realpath, stat, type Dirent, type Stats} from 'node:fs';
import {createTaskQueue} from '../../core/async/index.js';

/** One call's value, or the error it failed with. */
export type Outcome<T> = {readonly ok: true; readonly value: T} | {readonly ok: false; readonly error: unknown};

/** The batched calls the walker needs. */
export interface FsBatch {
	readdir(path: string): Promise<Outcome<Dirent[]>>;
	/** `onEach` hears of each path as its call settles, before the whole batch does. */
	lstatAll(paths: readonly string[], onEach?: (index: number, outcome: Outcome<Stats>) => void): Promise<Outcome<Stats>[]>;
	statAll(paths: readonly string[]): Promise<Outcome<Stats>[]>;
	realpathAll(paths: readonly string[]): Promise<Outcome<string>[]>;
}

type Call<T> = (path: string, done: (error: unknown, value: T) => void) => void;

/** Calls through one queue: no more than `limit` of them run at once, whichever batch they serve. */
export function createFsBatch(limit = 64): FsBatch {
	const tasks = createTaskQueue(limit);

	function many<T>(paths: readonly string[], call: Call<T>, onEach?: (index: number, outcome: Outcome<T>) => void): Promise<Outcome<T>[]> {
		return new Promise(resolve => {
			const results = new Array<Outcome<T>>(paths.length);
			let left = paths.length;
			if (left === 0) resolve(results);
			paths.forEach((path, index) => {
				tasks.add(() => {
					const settle = (error: unknown, value: T): void => {
						const outcome: Outcome<T> = error ? {ok: false, error} : {ok: true, value};
						results[index] = outcome;
						onEach?.(index, outcome);
						tasks.done();
						if (--left === 0) resolve(results);
					};
					try {
						call(path, settle);
					} catch (error) {
						// Node throws synchronously on arguments it rejects (a NUL in a name).
						settle(error, undefined as T);
					}
				});
			});
		});
	}

	return {
		async readdir(path) {
			const [result] = await many<Dirent[]>([path], (p, done) => readdir(p, {withFileTypes: true}, done));
			return result!;
		},
		lstatAll: (paths, onEach) => many<Stats>(paths, (p, done) => lstat(p, done), onEach),
		statAll: paths => many<Stats>(paths, (p, done) => stat(p, done)),
		// The native call: `fs.realpath` resolves in JavaScript with an lstat per path component.
		realpathAll: paths => many<string>(paths, (p, done) => realpath.native(p, done)),
	};
}
