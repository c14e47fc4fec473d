/**
 * config.toml as text: the settings in effect (`newsterm config`) and the commented file
 * `newsterm config --init` writes, both in the file's own syntax so either can be copied into it.
 */
import {COMMANDS} from '../reader/index.js';
import type {Config} from './types.js';

const quoted = (text: string): string => JSON.stringify(text);
const keyList = (keys: readonly string[]): string => `[${keys.map(quoted).join(', ')}]`;

/** The settings in effect, as TOML: every one, set or default, with every command's keys. */
export function effectiveText(config: Config): string {
	const lines = [
		`date_format = ${quoted(config.dateFormat)}`,
		`text_width = ${config.textWidth}`,
		`refresh_interval = ${config.refreshInterval}`,
		config.saveDir === null ? '# save_dir is not set: s saves to its default folder' : `save_dir = ${quoted(config.saveDir)}`,
		'',
		'[theme]',
		`background = ${quoted(config.theme.background)}`,
		config.theme.quote === null ? "# quote is not set: the theme's colour" : `quote = ${quoted(config.theme.quote)}`,
		'',
		'[keys]',
		// The digits that follow links are not a binding the file can change.
		...config.commands.map(spec =>
			spec.keys.includes('digit')
				? `# ${spec.command}: the digits 1-9`
				: `${spec.command} = ${keyList(spec.keys)}${spec.command in config.keys ? '  # changed' : ''}`,
		),
	];
	return `${lines.join('\n')}\n`;
}

/** The file `--init` writes: every setting commented out at its default, with what it takes. */
export function defaultFileText(): string {
	return `# newsterm's settings. Uncomment a line to change it; a bad value is reported
# (newsterm config) and its default used instead.

# How dates show in lists and article headers: "default", "relative" (3 days ago),
# "iso" (2016-09-04 13:32), or a pattern of %Y %m %d %H %M %b %a (e.g. "%d %b %Y").
# date_format = "default"

# The article text's widest, in columns: 20 to 200, or 0 for the terminal's width.
# text_width = 80

# Minutes the feeds may age before the reader refreshes them on start; 0 never does.
# refresh_interval = 30

# The folder s saves articles to (~ is your home folder).
# save_dir = "~/newsterm"

[theme]
# "dark" or "light": pick the palette readable on your terminal's background.
# background = "dark"
# Quotations' colour: a name (red, green, yellow, blue, magenta, cyan, white, gray,
# or e.g. blueBright) or #rrggbb.
# quote = "yellow"

[keys]
# A command's keys: "x" or ["x", "ctrl+x"]; [] leaves it without one (not quit,
# back or forceQuit). Names: a character, up down left right home end pageup
# pagedown insert delete enter tab shift+tab backspace esc space, ctrl+a..ctrl+z.
# A key may do one thing per screen. Esc always cancels a question.
${COMMANDS.filter(spec => !spec.keys.includes('digit'))
	.map(spec => `# ${spec.command} = ${keyList(spec.keys)}`)
	.join('\n')}
`;
}
