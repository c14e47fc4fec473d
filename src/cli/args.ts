/** What the command line asked for. */
export interface Options {
	readonly subcommand: 'tui' | 'open' | 'list' | 'read' | 'check';
	/** The id or title words after `open` / `read`. */
	readonly query: string;
	readonly articleDirs: readonly string[];
	readonly json: boolean;
	readonly width: number | null;
	readonly help: boolean;
	readonly version: boolean;
}

/** A command line that could not be understood, with the message for the user. */
export interface ArgsError {
	readonly error: string;
}

const SUBCOMMANDS = new Set(['open', 'list', 'read', 'check']);

/**
 * Parses argv (without node and the script). Options may stand before or after the subcommand;
 * `--articles` repeats; `--opt=value` and `--opt value` both work; `--` ends options.
 */
export function parseArgs(argv: readonly string[]): Options | ArgsError {
	let subcommand: Options['subcommand'] | null = null;
	const words: string[] = [];
	const articleDirs: string[] = [];
	let json = false;
	let width: number | null = null;
	let help = false;
	let version = false;
	let onlyWords = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? '';
		if (onlyWords || !arg.startsWith('-') || arg === '-') {
			if (subcommand === null && SUBCOMMANDS.has(arg)) subcommand = arg as Options['subcommand'];
			else if (subcommand === null) return {error: `unknown command "${arg}" (commands: open, list, read, check)`};
			else words.push(arg);
			continue;
		}
		const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
		const value = (): string | null => inline ?? (argv[i + 1] !== undefined ? (argv[++i] ?? null) : null);
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
				const n = Number(text);
				if (!text || !Number.isInteger(n) || n < 10 || n > 1000) return {error: `--width needs a whole number from 10 to 1000, not "${text ?? ''}"`};
				width = n;
				break;
			}
			default:
				return {error: `unknown option "${name}"`};
		}
	}
	const resolved = subcommand ?? 'tui';
	if ((resolved === 'open' || resolved === 'read') && words.length === 0 && !help) {
		return {error: `${resolved} needs an article id or title words`};
	}
	if ((resolved === 'list' || resolved === 'check' || resolved === 'tui') && words.length > 0) {
		return {error: `unexpected "${words[0]}"`};
	}
	return {subcommand: resolved, query: words.join(' '), articleDirs, json, width, help, version};
}
