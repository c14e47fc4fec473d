/** What the command line asked for. */
export interface Options {
	readonly subcommand:
		| 'tui'
		| 'open'
		| 'list'
		| 'read'
		| 'check'
		| 'add'
		| 'remove'
		| 'feeds'
		| 'import'
		| 'export'
		| 'refresh'
		| 'unread'
		| 'mark-read'
		| 'config'
		| 'search';
	/** The words after the command: an article's id or title words, a feed's URL or title words, an OPML file. */
	readonly query: string;
	readonly articleDirs: readonly string[];
	readonly json: boolean;
	readonly width: number | null;
	/** `--color[=WHEN]`: colour for `read`; `auto` follows the terminal and NO_COLOR / FORCE_COLOR. */
	readonly color: 'auto' | 'always' | 'never';
	/** False with `--no-pager`: `read` on a terminal otherwise goes through `$PAGER`. */
	readonly pager: boolean;
	/** `--section NAME`: the section `add` lists the feed under, or the one `mark-read` marks. */
	readonly section: string | null;
	/** `--offline`: never fetch; `--samples`: the bundled articles beside the feeds; `--full`: `read` in reader mode. */
	readonly offline: boolean;
	readonly samples: boolean;
	readonly full: boolean;
	/** `--markdown`: `read` prints the article as Markdown, as `s` saves it. */
	readonly markdown: boolean;
	/** `--remote`: `o` copies links (OSC 52) instead of starting a browser, as over SSH. */
	readonly remote: boolean;
	/** False with `--no-hyperlinks`: the reader shows links as plain text, never OSC 8. */
	readonly hyperlinks: boolean;
	/** `--count`: `unread` prints only the total; `--all`: `mark-read` marks every article. */
	readonly count: boolean;
	readonly all: boolean;
	/** `--init`: `config` writes the commented default config.toml (never over one). */
	readonly init: boolean;
	/** `list --unread`, `--bookmarked`: only those articles; `--limit N`: the newest N of them (`search`: at most N results). */
	readonly unread: boolean;
	readonly bookmarked: boolean;
	readonly limit: number | null;
	/** `--help`, `-h` or `newsterm help [command]`: the usage of `subcommand` ('tui' is the whole usage). */
	readonly help: boolean;
	readonly version: boolean;
}

/** A command line that could not be understood, with the message for the user. */
export interface ArgsError {
	readonly error: string;
}

const SUBCOMMANDS = new Set([
	'open',
	'list',
	'read',
	'check',
	'add',
	'remove',
	'feeds',
	'import',
	'export',
	'refresh',
	'unread',
	'mark-read',
	'config',
	'search',
]);

/** The options that change something, and the commands they change; any other pairing is a mistake worth saying. */
const APPLIES: Readonly<Record<string, readonly Options['subcommand'][]>> = {
	'--articles': ['tui', 'open', 'list', 'read', 'check', 'unread', 'mark-read', 'search'],
	'--json': ['list', 'read', 'feeds', 'refresh', 'unread', 'search'],
	'--width': ['read'],
	'--color': ['read'],
	'--no-pager': ['read'],
	'--section': ['add', 'mark-read', 'list'],
	'--unread': ['list'],
	'--bookmarked': ['list'],
	'--limit': ['list', 'search'],
	'--offline': ['tui', 'open', 'list', 'read', 'search'],
	'--samples': ['tui', 'open', 'list', 'search'],
	'--full': ['read'],
	'--markdown': ['read'],
	'--remote': ['tui', 'open'],
	'--no-hyperlinks': ['tui', 'open'],
	'--count': ['unread'],
	'--all': ['mark-read'],
	'--init': ['config'],
};

/** What each command takes after its name, and what to say when it is missing: all words, one, or none. */
const WORDS: Readonly<Partial<Record<Options['subcommand'], readonly ['some' | 'one', string]>>> = {
	open: ['some', 'open needs an article id or title words'],
	read: ['some', 'read needs an article id or title words'],
	add: ['one', 'add needs a feed URL (or a web page that names its feed)'],
	remove: ['some', 'remove needs a feed URL or title words'],
	import: ['one', 'import needs an OPML file, or - to read stdin'],
	search: ['some', 'search needs words to find'],
};

const COLORS = new Set(['auto', 'always', 'never']);

/** What a command is called in a message: the reader has no command word. */
const commandName = (subcommand: Options['subcommand']): string => (subcommand === 'tui' ? 'the reader' : subcommand);

/** `a`, `a and b`, `a, b and c`. */
const listed = (names: readonly string[]): string => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/** A plain decimal count: `Number()` would also take `1e2`, `0x20`, ` 40 ` and `40.0`. */
const DECIMAL = /^[0-9]{1,4}$/;

/** A count for `--limit`: digits only, and no more than a list can hold. */
const COUNT = /^[0-9]{1,9}$/;

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
	let width: number | null = null;
	let color: Options['color'] = 'auto';
	let pager = true;
	let hyperlinks = true;
	let section: string | null = null;
	const flags = {
		json: false,
		offline: false,
		samples: false,
		full: false,
		markdown: false,
		remote: false,
		count: false,
		all: false,
		init: false,
		unread: false,
		bookmarked: false,
	};
	let limit: number | null = null;
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
			else if (subcommand === null) return {error: `unknown command "${arg}" (commands: ${[...SUBCOMMANDS].join(', ')}, help)`};
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
			case '--articles':
			case '-a': {
				const dir = value();
				if (!dir) return {error: '--articles needs a folder'};
				articleDirs.push(dir);
				given.add('--articles');
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
			case '--no-hyperlinks':
				hyperlinks = false;
				given.add(name);
				break;
			case '--limit': {
				const text = value();
				const n = text !== null && COUNT.test(text) ? Number(text) : 0;
				if (n < 1) return {error: `--limit needs a positive whole number, not "${text ?? ''}"`};
				limit = n;
				given.add('--limit');
				break;
			}
			case '--no-pager':
				pager = false;
				given.add('--no-pager');
				break;
			case '--section':
				section = value();
				if (!section) return {error: '--section needs a name'};
				given.add('--section');
				break;
			case '--json':
			case '--offline':
			case '--samples':
			case '--full':
			case '--markdown':
			case '--remote':
			case '--count':
			case '--all':
			case '--init':
			case '--unread':
			case '--bookmarked':
				flags[name.slice(2) as keyof typeof flags] = true;
				given.add(name);
				break;
			default:
				return {error: `unknown option "${name}"`};
		}
	}
	const resolved = subcommand ?? 'tui';
	const options: Options = {
		subcommand: resolved,
		query: words.join(' '),
		articleDirs,
		width,
		color,
		pager,
		hyperlinks,
		section,
		...flags,
		limit,
		help,
		version,
	};
	// `newsterm help read` and `newsterm read --help` ask for the same thing; neither (nor --version) needs the rest.
	if (help || version) return options;
	if (flags.json && flags.markdown) return {error: 'read prints --json or --markdown, not both'};
	// mark-read names its articles one way: an id (or title words), a section, or all of them.
	if (resolved === 'mark-read' && [words.length > 0, section !== null, flags.all].filter(Boolean).length !== 1)
		return {error: 'mark-read needs one of: an article id, --section NAME or --all'};
	const [takes, missing] = resolved === 'mark-read' ? ['some', ''] : (WORDS[resolved] ?? ['none', '']);
	if (takes !== 'none' && words.length === 0 && resolved !== 'mark-read') return {error: missing};
	const extra = takes === 'none' ? words[0] : takes === 'one' ? words[1] : undefined;
	if (extra !== undefined) return {error: `unexpected "${extra}"`};
	for (const option of given) {
		const commands = APPLIES[option] ?? [];
		if (!commands.includes(resolved)) return {error: `${option} does not apply to ${commandName(resolved)} (only to ${listed(commands.map(commandName))})`};
	}
	return options;
}
