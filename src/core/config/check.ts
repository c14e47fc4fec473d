/**
 * config.toml's parsed document into the settings: every value checked, a bad one replaced by its
 * default with a problem that says where, what was expected and what is used instead. Pure: io/config
 * reads the file and parses the TOML.
 */
import {checkKeys} from './keys.js';
import {DEFAULT_CONFIG, type Config, type ConfigProblem} from './types.js';
import {type Checked, checkBackground, checkColour, checkDateFormat, checkFolder, checkWhole, shown} from './values.js';

/** The settings of the file and what was wrong in it. */
export interface CheckedConfig {
	readonly config: Config;
	readonly problems: readonly ConfigProblem[];
}

/**
 * The line a dotted key is set on (`theme.quote` under `[theme]`, or `theme.quote =` / a top-level
 * key outside any table), found in the text as written; undefined when it cannot be told.
 */
function lineOfKey(text: string, key: string): number | undefined {
	const parts = key.split('.');
	const name = parts.pop() ?? '';
	const table = parts.join('.');
	let current = '';
	const lines = text.split('\n');
	for (const [index, line] of lines.entries()) {
		const header = /^\s*\[\s*([^\]]+?)\s*\]/.exec(line);
		if (header?.[1] !== undefined) {
			current = header[1].replace(/["'\s]/g, '');
			if (current === key) return index + 1;
			continue;
		}
		const assigned = /^\s*([^=#]+?)\s*=/.exec(line)?.[1]?.replace(/["'\s]/g, '');
		if (assigned === undefined) continue;
		const full = current === '' ? assigned : `${current}.${assigned}`;
		if (full === key || (current === table && assigned === name)) return index + 1;
	}
	return undefined;
}

/** The problem a TOML syntax error makes: the whole file is set aside. */
export function syntaxProblem(message: string, line: number | undefined): ConfigProblem {
	const first = message.split('\n')[0]?.trim() || 'not valid TOML';
	return {...(line === undefined ? {} : {line}), key: '', message: `not valid TOML (${first}); every setting uses its default`};
}

const SETTINGS = new Set(['keys', 'theme', 'date_format', 'text_width', 'refresh_interval', 'save_dir']);
const THEME = new Set(['background', 'quote']);

const isTable = (raw: unknown): raw is Record<string, unknown> => raw !== null && typeof raw === 'object' && !Array.isArray(raw) && !(raw instanceof Date);

/** Checks the parsed document; `text` finds lines, `home` expands `~`. */
export function checkConfig(doc: Record<string, unknown>, text: string, home: string): CheckedConfig {
	const problems: ConfigProblem[] = [];
	const at = (key: string, message: string): void => {
		const line = lineOfKey(text, key);
		problems.push({...(line === undefined ? {} : {line}), key, message});
	};
	function take<T>(key: string, raw: unknown, checked: Checked<T>, fallback: T, fallbackText: string): T {
		if (raw === undefined) return fallback;
		if (checked.ok) return checked.value;
		at(key, `expected ${checked.expected}, not ${shown(raw)}${checked.note ? ` (${checked.note})` : ''}; using ${fallbackText}`);
		return fallback;
	}
	for (const name of Object.keys(doc)) if (!SETTINGS.has(name)) at(name, `no such setting (settings: ${[...SETTINGS].join(', ')}); ignored`);
	const theme = doc['theme'] === undefined ? {} : isTable(doc['theme']) ? doc['theme'] : null;
	if (theme === null) at('theme', `expected a table ([theme]), not ${shown(doc['theme'])}; using the default theme`);
	for (const name of Object.keys(theme ?? {})) {
		// TOML's usual slip: a setting written after [theme] belongs to it.
		const why = SETTINGS.has(name)
			? `${name} is not a theme setting: top-level settings go before the first [table]`
			: 'no such theme setting (background, quote)';
		if (!THEME.has(name)) at(`theme.${name}`, `${why}; ignored`);
	}
	const keys = checkKeys(doc['keys']);
	for (const problem of keys.problems) at(problem.key, problem.message);
	const d = DEFAULT_CONFIG;
	const background = theme?.['background'];
	const quote = theme?.['quote'];
	const config: Config = {
		keys: keys.bindings,
		commands: keys.commands,
		theme: {
			background: take('theme.background', background, checkBackground(background), d.theme.background, `"${d.theme.background}"`),
			quote: take('theme.quote', quote, checkColour(quote), d.theme.quote, "the theme's quote colour"),
		},
		dateFormat: take('date_format', doc['date_format'], checkDateFormat(doc['date_format']), d.dateFormat, `"${d.dateFormat}"`),
		textWidth: take('text_width', doc['text_width'], checkWhole(doc['text_width'], 20, 200, [0]), d.textWidth, String(d.textWidth)),
		refreshInterval: take(
			'refresh_interval',
			doc['refresh_interval'],
			checkWhole(doc['refresh_interval'], 0, 10_080),
			d.refreshInterval,
			String(d.refreshInterval),
		),
		saveDir: take('save_dir', doc['save_dir'], checkFolder(doc['save_dir'], home), d.saveDir, "the save command's default folder"),
	};
	// In the file's order, the ones without a line first.
	return {config, problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))};
}
