import type {DateFormat} from '../article/index.js';
import {COMMANDS, type CommandSpec, type KeyBindings} from '../reader/index.js';

/** The background the palette is chosen for: colours readable on black, or on white. */
export type Background = 'dark' | 'light';

/** Every setting of config.toml, each at its default unless the file set it to a valid value. */
export interface Config {
	/** The keys the file rebinds (only those accepted), and the one command table built from them. */
	readonly keys: KeyBindings;
	readonly commands: readonly CommandSpec[];
	/** `quote` is a named colour or `#rrggbb`; null keeps the palette's. */
	readonly theme: {readonly background: Background; readonly quote: string | null};
	readonly dateFormat: DateFormat;
	/** The article text's widest, in columns; 0 is the terminal's width. */
	readonly textWidth: number;
	/** Minutes the feeds may age before the reader refreshes them on start; 0 never does. */
	readonly refreshInterval: number;
	/** Where `s` saves an article, `~` expanded; null leaves it to `s`'s own default. */
	readonly saveDir: string | null;
}

/** The settings with no file, or for every value a file gets wrong. */
export const DEFAULT_CONFIG: Config = {
	keys: {},
	commands: COMMANDS,
	theme: {background: 'dark', quote: null},
	dateFormat: 'default',
	textWidth: 80,
	refreshInterval: 30,
	saveDir: null,
};

/** One thing wrong in the file: where (when known), which key, what was expected and what is used instead. */
export interface ConfigProblem {
	/** 1-based; absent when the line cannot be told. */
	readonly line?: number;
	/** The setting's dotted name (`keys.quit`, `theme.quote`); `''` for the file as a whole. */
	readonly key: string;
	readonly message: string;
}

/** A problem as one line for the footer or stderr: `config.toml:4: theme.quote: …`. */
export function problemText(problem: ConfigProblem, file: string): string {
	const where = problem.line === undefined ? file : `${file}:${problem.line}`;
	return problem.key === '' ? `${where}: ${problem.message}` : `${where}: ${problem.key}: ${problem.message}`;
}
