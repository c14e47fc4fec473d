import {HELP_ENTRIES} from '../core/reader/index.js';
import type {Options} from './args/index.js';

/** One command's lines in the usage: its synopsis, what it does, and the options only it takes. */
interface CommandHelp {
	readonly synopsis: string;
	readonly does: string;
	readonly options: readonly string[];
}

const COMMANDS: Readonly<Record<Options['subcommand'], CommandHelp>> = {
	tui: {synopsis: 'newsterm [--offline] [--samples]', does: 'open the reader', options: ['--offline', '--samples', '--remote', '--no-hyperlinks']},
	open: {
		synopsis: 'newsterm open <id | title words>',
		does: 'open the reader on one article',
		options: ['--offline', '--samples', '--remote', '--no-hyperlinks'],
	},
	list: {
		synopsis: 'newsterm list [--unread] [--bookmarked] [--section S] [--limit N] [--json]',
		does: 'print headlines, newest first (every one, or those the options keep)',
		options: ['--unread', '--bookmarked', '--section', '--limit', '--json', '--offline', '--samples'],
	},
	read: {
		synopsis: 'newsterm read <id | title words> [--width N] [--color=WHEN] [--no-pager] [--full] [--json | --markdown]',
		does: 'print one article, through $PAGER on a terminal (does not mark it read)',
		options: ['--width', '--color', '--no-pager', '--full', '--json', '--markdown', '--offline'],
	},
	check: {synopsis: 'newsterm check', does: 'list files that were skipped, and why', options: []},
	add: {
		synopsis: 'newsterm add <url> [--section NAME]',
		does: 'subscribe to a feed, or to the first feed a web page names; fetches it once',
		options: ['--section'],
	},
	remove: {synopsis: 'newsterm remove <url | title words>', does: 'end a subscription (its bookmarks stay)', options: []},
	feeds: {synopsis: 'newsterm feeds [--json]', does: 'list subscriptions: items, unread, last fetch, errors', options: ['--json']},
	import: {synopsis: 'newsterm import <file.opml | ->', does: 'subscribe to the feeds an OPML file lists (- reads stdin)', options: []},
	export: {synopsis: 'newsterm export', does: 'print the subscriptions as OPML 2.0', options: []},
	unread: {synopsis: 'newsterm unread [--count] [--json]', does: 'count unread articles, by section (for status bars)', options: ['--count', '--json']},
	'mark-read': {
		synopsis: 'newsterm mark-read <id | --section S | --all>',
		does: 'mark an article, a section or everything read',
		options: ['--section', '--all'],
	},
	search: {
		synopsis: 'newsterm search <words> [--json] [--limit N]',
		does: 'print the articles that have every word (titles first); exit 1 if none',
		options: ['--json', '--limit', '--offline', '--samples'],
	},
	refresh: {synopsis: 'newsterm refresh [--json]', does: 'fetch every subscription now; exit 1 if any failed', options: ['--json']},
	config: {synopsis: 'newsterm config [--init]', does: "print config.toml's path and settings; exit 1 if it has problems", options: ['--init']},
};

const OPTIONS: Readonly<Record<string, string>> = {
	'--json': '  --json           machine-readable output',
	'--width': "  --width N        wrap width (default: the reader's text width for the terminal, or 80)",
	'--color': '  --color[=WHEN]   colour: auto (a terminal, NO_COLOR, FORCE_COLOR), always or never',
	'--no-pager': '  --no-pager       print straight to the terminal instead of $PAGER',
	'--full': "  --full           a feed item's whole web page (reader mode) instead of the feed's text",
	'--markdown': '  --markdown       the article as Markdown, as s saves it in the reader',
	'--offline': '  --offline        never fetch: show what the archive holds',
	'--samples': '  --samples        show the bundled sample articles beside the feeds',
	'--section': '  --section NAME   add: list the feed under NAME; mark-read: mark section NAME; list: only section NAME',
	'--unread': '  --unread         only unread articles',
	'--bookmarked': '  --bookmarked     only bookmarked articles',
	'--remote': '  --remote         o copies links to the clipboard instead of opening a browser',
	'--no-hyperlinks': '  --no-hyperlinks  links as plain text, not clickable (OSC 8); also NO_HYPERLINKS',
	'--count': '  --count          only the number of unread articles',
	'--all': '  --all            every article',
	'--init': '  --init           write a commented config.toml with every default, if there is none',
	'--limit': '  --limit N        list: the newest N; search: at most N results',
};

const ARTICLES = '  --articles DIR   read articles from DIR instead of the bundled ones (repeatable)';

/** The commands that read article folders, the only ones `--articles` changes. */
const ARTICLE_COMMANDS: ReadonlySet<Options['subcommand']> = new Set(['tui', 'open', 'list', 'read', 'check', 'unread', 'mark-read', 'search']);

const SYNOPSIS_COLUMN = 40;

function commandLines(help: CommandHelp): string {
	return help.synopsis.length < SYNOPSIS_COLUMN
		? `  ${help.synopsis.padEnd(SYNOPSIS_COLUMN)}${help.does}`
		: `  ${help.synopsis}\n  ${' '.repeat(SYNOPSIS_COLUMN)}${help.does}`;
}

/** `newsterm help <command>` or `newsterm <command> --help`: that command and the options it takes. */
function commandUsage(version: string, subcommand: Exclude<Options['subcommand'], 'tui'>): string {
	const help = COMMANDS[subcommand];
	const options = [...help.options.map(option => OPTIONS[option]), ...(ARTICLE_COMMANDS.has(subcommand) ? [ARTICLES] : [])];
	const optionLines = options.length > 0 ? `\nOptions\n${options.join('\n')}\n` : '';
	return `newsterm ${version}: ${help.does}

Usage
${commandLines(help)}
${optionLines}`;
}

/** `newsterm --help` (commands, options, the keys from the command table), or one command's usage. */
export function usage(version: string, subcommand: Options['subcommand'] = 'tui'): string {
	if (subcommand !== 'tui') return commandUsage(version, subcommand);
	const column = Math.max(...HELP_ENTRIES.map(entry => entry.keyLabel.length)) + 2;
	const keys = HELP_ENTRIES.map(entry => `  ${entry.keyLabel.padEnd(column)}${entry.help}`).join('\n');
	return `newsterm ${version}: a terminal news reader

Usage
${Object.values(COMMANDS).map(commandLines).join('\n')}
  newsterm help [command]                 this help, or one command's

Options (before or after the command)
${ARTICLES}
  --json           machine-readable output for list, read, feeds, refresh, unread and search
  --width N        wrap width for read (default: the reader's text width, or 80)
  --color[=WHEN]   colour for read: auto, always or never
  --no-pager       read prints straight to the terminal instead of $PAGER
  --full           read shows a feed item's web page in reader mode
  --markdown       read prints the article as Markdown (as s saves it)
  --offline        the reader, list and read never fetch
  --samples        the reader and list show the bundled samples beside the feeds
  --section NAME   add lists the feed under NAME; mark-read marks that section
  --remote         the reader copies links instead of opening a browser (set over SSH)
  --no-hyperlinks  the reader's links are plain text, not clickable (OSC 8)
  --count, --all   unread prints only the number; mark-read marks everything
  --init           config writes a commented default config.toml (never over one)
  --limit N        list prints the newest N, search at most N results
  -h, --help       this help
  -v, --version    the version

Keys in the reader
${keys}

Environment
  NEWSTERM_CONFIG_DIR   where config.toml, read marks and bookmarks are kept (default ~/.config/newsterm)
  NEWSTERM_CACHE_DIR    where list caches, the search index and compiled code are kept (default ~/.cache/newsterm)
  NEWSTERM_DATA_DIR     where fetched feeds are kept (default $XDG_DATA_HOME/newsterm or ~/.local/share/newsterm)
  HTTP(S)_PROXY         the proxy feeds are fetched through (NO_PROXY: hosts reached directly)
  NO_COLOR              no colours (quotes stay italic); FORCE_COLOR colours read even into a pipe
  PAGER                 read's pager on a terminal (default less, with LESS=FRX unless LESS is set)
  COLUMNS               the width read lays out for
`;
}
