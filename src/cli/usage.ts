import {HELP_ENTRIES} from '../core/reader/index.js';
import type {Options} from './args.js';

/** One command's lines in the usage: its synopsis, what it does, and the options only it takes. */
interface CommandHelp {
	readonly synopsis: string;
	readonly does: string;
	readonly options: readonly string[];
}

const COMMANDS: Readonly<Record<Options['subcommand'], CommandHelp>> = {
	tui: {synopsis: 'newsterm [options]', does: 'open the reader', options: []},
	open: {synopsis: 'newsterm open <id | title words>', does: 'open the reader on one article', options: []},
	list: {synopsis: 'newsterm list [--json]', does: 'print every headline, newest first', options: ['--json']},
	read: {
		synopsis: 'newsterm read <id | title words> [--width N] [--color=WHEN] [--no-pager] [--json]',
		does: 'print one article, through $PAGER on a terminal (does not mark it read)',
		options: ['--width', '--color', '--no-pager', '--json'],
	},
	check: {synopsis: 'newsterm check', does: 'list files that were skipped, and why', options: []},
};

const OPTIONS: Readonly<Record<string, string>> = {
	'--json': '  --json           machine-readable output',
	'--width': "  --width N        wrap width (default: the reader's text width for the terminal, or 80)",
	'--color': '  --color[=WHEN]   colour: auto (a terminal, NO_COLOR, FORCE_COLOR), always or never',
	'--no-pager': '  --no-pager       print straight to the terminal instead of $PAGER',
};

const SYNOPSIS_COLUMN = 40;

function commandLines(help: CommandHelp): string {
	return help.synopsis.length < SYNOPSIS_COLUMN
		? `  ${help.synopsis.padEnd(SYNOPSIS_COLUMN)}${help.does}`
		: `  ${help.synopsis}\n  ${' '.repeat(SYNOPSIS_COLUMN)}${help.does}`;
}

/** `newsterm help <command>` or `newsterm <command> --help`: that command and the options it takes. */
function commandUsage(version: string, subcommand: Exclude<Options['subcommand'], 'tui'>): string {
	const help = COMMANDS[subcommand];
	const options = help.options.map(option => OPTIONS[option]).join('\n');
	return `newsterm ${version}: ${help.does}

Usage
${commandLines(help)}

Options
${options ? `${options}\n` : ''}  --articles DIR   read articles from DIR instead of the bundled ones (repeatable)
`;
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
  --articles DIR   read articles from DIR instead of the bundled ones (repeatable)
  --json           machine-readable output for list and read
  --width N        wrap width for read (default: the reader's text width, or 80)
  --color[=WHEN]   colour for read: auto, always or never
  --no-pager       read prints straight to the terminal instead of $PAGER
  -h, --help       this help
  -v, --version    the version

Keys in the reader
${keys}

Environment
  NEWSTERM_CONFIG_DIR   where read marks and bookmarks are kept (default ~/.config/newsterm)
  NEWSTERM_CACHE_DIR    where list caches and compiled code are kept (default ~/.cache/newsterm)
  NO_COLOR              no colours (quotes stay italic); FORCE_COLOR colours read even into a pipe
  PAGER                 read's pager on a terminal (default less, with LESS=FRX unless LESS is set)
  COLUMNS               the width read lays out for
`;
}
