import {parse} from 'smol-toml';
import {describe, expect, it} from 'vitest';
import {checkConfig, DEFAULT_CONFIG, effectiveText, problemText, syntaxProblem} from '../../../src/core/config/index.js';

const HOME = '/home/reader';

/** The file's text through smol-toml, as io/config reads it. */
const check = (text: string) => checkConfig(parse(text), text, HOME);
/** Each problem as its one line, `config.toml:N: key: message`. */
const said = (text: string): string[] => check(text).problems.map(problem => problemText(problem, 'config.toml'));

describe('config.toml settings: valid values are used', () => {
	it.each([
		['date_format = "relative"', {dateFormat: 'relative'}],
		['date_format = "iso"', {dateFormat: 'iso'}],
		['date_format = "%d %b %Y"', {dateFormat: '%d %b %Y'}],
		['date_format = "%a %H:%M %%"', {dateFormat: '%a %H:%M %%'}],
		['text_width = 20', {textWidth: 20}],
		['text_width = 200', {textWidth: 200}],
		['text_width = 0', {textWidth: 0}],
		['refresh_interval = 0', {refreshInterval: 0}],
		['refresh_interval = 90', {refreshInterval: 90}],
		['save_dir = "~/saved news"', {saveDir: '/home/reader/saved news'}],
		['save_dir = "~"', {saveDir: HOME}],
		['save_dir = "/srv/news"', {saveDir: '/srv/news'}],
		['[theme]\nbackground = "light"', {theme: {background: 'light', quote: null}}],
		['[theme]\nquote = "Magenta"', {theme: {background: 'dark', quote: 'magenta'}}],
		['[theme]\nquote = "blue-bright"', {theme: {background: 'dark', quote: 'blueBright'}}],
		['[theme]\nquote = "#8700AF"', {theme: {background: 'dark', quote: '#8700af'}}],
		['', {}],
	] as const)('%s', (text, expected) => {
		const {config, problems} = check(text);
		expect(problems).toEqual([]);
		expect(config).toEqual({...DEFAULT_CONFIG, ...expected});
	});
});

describe('config.toml settings: a bad value keeps its default and says where, what was expected and what is used', () => {
	it.each([
		['text_width = 300', 'config.toml:1: text_width: expected a whole number from 20 to 200, or 0, not 300; using 80'],
		['text_width = 19', 'config.toml:1: text_width: expected a whole number from 20 to 200, or 0, not 19; using 80'],
		['text_width = 72.5', 'config.toml:1: text_width: expected a whole number from 20 to 200, or 0, not 72.5; using 80'],
		['text_width = "wide"', 'config.toml:1: text_width: expected a whole number from 20 to 200, or 0, not "wide"; using 80'],
		['refresh_interval = -5', 'config.toml:1: refresh_interval: expected a whole number from 0 to 10080, not -5; using 30'],
		['save_dir = "news"', 'config.toml:1: save_dir: expected an absolute folder, or one under ~/, not "news"; using the save command\'s default folder'],
		['save_dir = ""', 'config.toml:1: save_dir: expected an absolute folder, or one under ~/, not ""; using the save command\'s default folder'],
		['\n\n[theme]\nbackground = "blue"', 'config.toml:4: theme.background: expected "dark" or "light", not "blue"; using "dark"'],
		[
			'[theme]\nquote = "purple"',
			expect.stringMatching(/^config\.toml:2: theme\.quote: expected a colour name .* or #rrggbb, not "purple"; using the theme's quote colour$/),
		],
		['[theme]\nquote = "#fff"', expect.stringContaining('theme.quote: expected a colour name')],
		['theme = "light"', 'config.toml:1: theme: expected a table ([theme]), not "light"; using the default theme'],
		['date_format = "%Y-%q"', expect.stringMatching(/^config\.toml:1: date_format: expected .*, not "%Y-%q" \(%q is not a token\); using "default"$/)],
		[
			'date_format = "long"',
			expect.stringMatching(/^config\.toml:1: date_format: expected "default", "relative", "iso" or a pattern of %Y %m %d %H %M %b %a %% .*; using "default"$/),
		],
		['date_format = "%Y\\u001b[31m"', expect.stringContaining('(control characters are not allowed); using "default"')],
		['date_format = 2016-09-04', expect.stringMatching(/date_format: expected .*, not a date; using "default"$/)],
		['colour = "red"', expect.stringMatching(/^config\.toml:1: colour: no such setting \(settings: keys, theme, date_format, .*\); ignored$/)],
		['[theme]\nfont = "mono"', 'config.toml:2: theme.font: no such theme setting (background, quote); ignored'],
		['[theme]\ntext_width = 60', 'config.toml:2: theme.text_width: text_width is not a theme setting: top-level settings go before the first [table]; ignored'],
	])('%s', (text, expected) => {
		const {config} = check(text);
		expect(said(text)).toEqual([expected]);
		// Every setting is its default: the bad one, and the others the file did not set.
		expect(config).toEqual(DEFAULT_CONFIG);
	});

	it('keeps the good settings of a file with bad ones, and lists the problems in file order', () => {
		const text = 'text_width = 999\ndate_format = "iso"\n\n[theme]\nquote = "nope"\nbackground = "light"\n';
		const {config} = check(text);
		expect(config).toMatchObject({textWidth: 80, dateFormat: 'iso', theme: {background: 'light', quote: null}});
		expect(said(text).map(line => line.split(':').slice(0, 3).join(':'))).toEqual(['config.toml:1: text_width', 'config.toml:5: theme.quote']);
	});

	it('finds a dotted key written on one line', () => {
		expect(said('a = 1\ntheme.background = "grey"')).toEqual([
			'config.toml:1: a: no such setting (settings: keys, theme, date_format, text_width, refresh_interval, save_dir); ignored',
			'config.toml:2: theme.background: expected "dark" or "light", not "grey"; using "dark"',
		]);
	});
});

describe('a TOML syntax error', () => {
	it('names the line smol-toml gives and keeps every default', () => {
		let line: number | undefined;
		let message = '';
		try {
			parse('text_width = 60\nquote = \n');
		} catch (error) {
			line = (error as {line: number}).line;
			message = (error as Error).message.replace(/^Invalid TOML document:\s*/, '');
		}
		expect(problemText(syntaxProblem(message, line), 'config.toml')).toBe('config.toml:2: not valid TOML (invalid value); every setting uses its default');
	});

	it('says the file alone without a line', () => {
		expect(problemText(syntaxProblem('', undefined), '/x/config.toml')).toBe('/x/config.toml: not valid TOML (not valid TOML); every setting uses its default');
	});
});

describe('the settings in effect', () => {
	it('are TOML that reads back to the same settings', () => {
		const {config} = check('date_format = "%d %b"\ntext_width = 0\nsave_dir = "~/n"\n[theme]\nquote = "red"\n[keys]\nquit = ["x", "q"]\n');
		const text = effectiveText(config);
		expect(text).toContain('quit = ["x", "q"]  # changed');
		expect(text).toContain('# followNumber: the digits 1-9');
		const again = check(text);
		expect(again.problems).toEqual([]);
		expect(again.config).toEqual(config);
	});
});

describe('the README’s example config.toml', () => {
	it('is read as it says: every setting taken but the binding it says is refused', async () => {
		const {readFileSync} = await import('node:fs');
		const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
		const text = /```toml\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
		const {config, problems} = check(text);
		expect(problems.map(problem => problem.key)).toEqual(['keys.nextUnread']);
		expect(config).toMatchObject({
			dateFormat: '%d %b %Y',
			textWidth: 100,
			refreshInterval: 60,
			saveDir: '/home/reader/news',
			theme: {background: 'light', quote: '#8700af'},
		});
		expect(config.keys).toEqual({quit: ['q', 'ctrl+d'], copyText: []});
	});
});
