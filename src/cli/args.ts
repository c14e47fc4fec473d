/** What the command line asked for. */
export interface Options {
	readonly subcommand: 'tui' | 'open' | 'list' | 'read' | 'check';
	/** The id or title words after `open` / `read`. */
	readonly query: string;
	readonly articleDirs: readonly string[];
	readonly json: boolean;
	readonly width: number | null;
	/** `--color[=WHEN]`: colour for `read`; `auto` follows the terminal and NO_COLOR / FORCE_COLOR. */
	readonly color: 'auto' | 'always' | 'never';
	/** False with `--no-pager`: `read` on a terminal otherwise goes through `$PAGER`. */
	readonly pager: boolean;
	/** `--help`, `-h` or `newsterm help [command]`: the usage of `subcommand` ('tui' is the whole usage). */
	readonly help: boolean;
	readonly version: boolean;
}

/** A command line that could not be understood, with the message for the user. */
export interface ArgsError {
	readonly error: string;
}

const SUBCOMMANDS = new Set(['open', 'list', 'read', 'check']);

/** The options that change something, and the commands they change; any other pairing is a mistake worth saying. */
const APPLIES: Readonly<Record<string, readonly Options['subcommand'][]>> = {
	'--json': ['list', 'read'],
	'--width': ['read'],
	'--color': ['read'],
	'--no-pager': ['read'],
};

const COLORS = new Set(['auto', 'always', 'never']);

/** What a command is called in a message: the reader has no command word. */
const commandName = (subcommand: Options['subcommand']): string => (subcommand === 'tui' ? 'the reader' : subcommand);

/** A plain decimal count: `Number()` would also take `1e2`, `0x20`, ` 40 ` and `40.0`. */
const DECIMAL = /^[0-9]{1,4}$/;

/**
 * Parses argv (without node and the script). Options may stand before or after the subcommand;
 * `--articles` repeats; `--opt=value` and `--opt value` both work; `--` ends options. An option's
 * value never starts with `-`, so `--width --json` is a missing width, not a width of "--json".
 */
export function parseArgs(argv: readonly string[]): Options | ArgsError {
	let subcommand: Options['subcommand'] | null = null;
	const words: string[] = [];
	const articleDirs: string[] = [];
	const given = new Set<string>();
	let json = false;
	let width: number | null = null;
	let color: Options['color'] = 'auto';
	let pager = true;
	let help = false;
	let helpWord = false;
	let version = false;
	let onlyWords = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? '';
		if (onlyWords || !arg.startsWith('-') || arg === '-') {
			if (subcommand === null && !helpWord && arg === 'help' && !onlyWords) {
				helpWord = help = true;
			} else if (subcommand === null && SUBCOMMANDS.has(arg)) subcommand = arg as Options['subcommand'];
			else if (subcommand === null) return {error: `unknown command "${arg}" (commands: open, list, read, check, help)`};
			else words.push(arg);
			continue;
		}
		const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
		const value = (): string | null => {
			if (inline !== undefined) return inline;
			const next = argv[i + 1];
			if (next === undefined || next.startsWith('-')) return null;
			i++;
			return next;
		};
		switch (name) {
			case '--':
				onlyWords = true;
				break;
			case '--help':
			case '-h':
				help = true;
				break;
			case '--version':
			case '-v':
			case '-V':
				version = true;
				break;
			case '--json':
				json = true;
				given.add('--json');
				break;
			case '--articles':
			case '-a': {
				const dir = value();
				if (!dir) return {error: '--articles needs a folder'};
				articleDirs.push(dir);
				break;
			}
			case '--width':
			case '-w': {
				const text = value();
				const n = text !== null && DECIMAL.test(text) ? Number(text) : Number.NaN;
				if (!(n >= 10 && n <= 1000)) return {error: `--width needs a whole number from 10 to 1000, not "${text ?? ''}"`};
				width = n;
				given.add('--width');
				break;
			}
			case '--color': {
				// As git: a bare --color means always; a value only after `=`, so a query word is never taken.
				const when = inline ?? 'always';
				if (!COLORS.has(when)) return {error: `--color takes auto, always or never, not "${when}"`};
				color = when as Options['color'];
				given.add('--color');
				break;
			}
			case '--no-pager':
				pager = false;
				given.add('--no-pager');
				break;
			default:
				return {error: `unknown option "${name}"`};
		}
	}
	const resolved = subcommand ?? 'tui';
	// `newsterm help read` and `newsterm read --help` ask for the same thing; neither (nor --version) needs the rest.
	if (help || version) return {subcommand: resolved, query: words.join(' '), articleDirs, json, width, color, pager, help, version};
	if ((resolved === 'open' || resolved === 'read') && words.length === 0) {
		return {error: `${resolved} needs an article id or title words`};
	}
	if ((resolved === 'list' || resolved === 'check' || resolved === 'tui') && words.length > 0) {
		return {error: `unexpected "${words[0]}"`};
	}
	for (const option of given) {
		const commands = APPLIES[option] ?? [];
		if (!commands.includes(resolved)) return {error: `${option} does not apply to ${commandName(resolved)} (only to ${commands.join(' and ')})`};
	}
	return {subcommand: resolved, query: words.join(' '), articleDirs, json, width, color, pager, help, version};
}
