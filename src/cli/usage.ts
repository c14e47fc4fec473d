import {HELP_ENTRIES} from '../core/reader/index.js';

/** `newsterm --help`: commands, options, and the keys from the command table. */
export function usage(version: string): string {
	const column = Math.max(...HELP_ENTRIES.map(entry => entry.keyLabel.length)) + 2;
	const keys = HELP_ENTRIES.map(entry => `  ${entry.keyLabel.padEnd(column)}${entry.help}`).join('\n');
	return `newsterm ${version}: a terminal news reader

Usage
  newsterm [options]                      open the reader
  newsterm open <id | title words>        open the reader on one article
  newsterm list [--json]                  print every headline, newest first
  newsterm read <id | title words> [--width N] [--json]
                                          print one article (does not mark it read)
  newsterm check                          list files that were skipped, and why

Options (before or after the command)
  --articles DIR   read articles from DIR instead of the bundled ones (repeatable)
  --json           machine-readable output for list and read
  --width N        wrap width for read (default: the terminal's, or 80)
  -h, --help       this help
  -v, --version    the version

Keys in the reader
${keys}

Environment
  NEWSTERM_CONFIG_DIR   where read marks and bookmarks are kept (default ~/.config/newsterm)
  NEWSTERM_CACHE_DIR    where list caches and compiled code are kept (default ~/.cache/newsterm)
  NO_COLOR              no colours (quotes stay italic)
`;
}
