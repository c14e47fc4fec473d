import {describe, expect, it} from 'vitest';
import {parseArgs, type Options} from '../../src/cli/args.js';

const defaults: Options = {subcommand: 'tui', query: '', articleDirs: [], json: false, width: null, color: 'auto', pager: true, help: false, version: false};

describe('parseArgs: accepted command lines', () => {
	it.each([
		['nothing: the reader', [], {}],
		['list', ['list'], {subcommand: 'list'}],
		['--json before the command', ['--json', 'list'], {subcommand: 'list', json: true}],
		['--json after the command', ['list', '--json'], {subcommand: 'list', json: true}],
		['read with title words', ['read', 'US', 'not', 'there', 'yet'], {subcommand: 'read', query: 'US not there yet'}],
		['options between the words', ['read', 'US', '--width', '40', 'not', 'there'], {subcommand: 'read', query: 'US not there', width: 40}],
		['--width=N and -w N', ['-w', '12', 'read', 'x', '--width=100'], {subcommand: 'read', query: 'x', width: 100}],
		['open by id', ['open', 'world/us-not-there-yet'], {subcommand: 'open', query: 'world/us-not-there-yet'}],
		['--articles repeats, in order', ['--articles', 'a', 'list', '--articles=b', '-a', 'c'], {subcommand: 'list', articleDirs: ['a', 'b', 'c']}],
		['check', ['check'], {subcommand: 'check'}],
		['-- ends options', ['read', '--', '--json', '-w'], {subcommand: 'read', query: '--json -w'}],
		['a command word after the command is a query word', ['read', 'list'], {subcommand: 'read', query: 'list'}],
		['--help', ['--help'], {help: true}],
		['-h lets open go without words', ['open', '-h'], {subcommand: 'open', help: true}],
		['-v and -V', ['-V'], {version: true}],
		['widths 10 and 1000 are the limits', ['read', 'x', '--width', '1000', '--width', '10'], {subcommand: 'read', query: 'x', width: 10}],
		['--color=always and --no-pager with read', ['read', 'x', '--color=always', '--no-pager'], {subcommand: 'read', query: 'x', color: 'always', pager: false}],
		['a bare --color is always, and takes no word', ['read', '--color', 'never'], {subcommand: 'read', query: 'never', color: 'always'}],
		['--color=never', ['--color=never', 'read', 'x'], {subcommand: 'read', query: 'x', color: 'never'}],
		['help: the whole usage', ['help'], {help: true}],
		['help <command>: that command', ['help', 'read'], {subcommand: 'read', help: true}],
		['<command> --help: the same', ['list', '--help'], {subcommand: 'list', help: true}],
		['--help lets any option pass', ['--json', '--help'], {json: true, help: true}],
		['--version lets any option pass', ['--width', '40', '-v'], {width: 40, version: true}],
		['help as a query word', ['read', 'help'], {subcommand: 'read', query: 'help'}],
		['a width with leading zeros is still decimal', ['read', 'x', '-w', '040'], {subcommand: 'read', query: 'x', width: 40}],
	] as const)('%s', (_name, argv, expected) => {
		expect(parseArgs(argv)).toEqual({...defaults, ...expected});
	});
});

describe('parseArgs: errors', () => {
	it.each([
		['an unknown command', ['frobnicate'], 'unknown command "frobnicate" (commands: open, list, read, check, help)'],
		['a lone dash', ['-'], 'unknown command "-" (commands: open, list, read, check, help)'],
		['an unknown option', ['list', '--colour'], 'unknown option "--colour"'],
		['an unknown option with a value', ['--colour=red'], 'unknown option "--colour"'],
		['--width under 10', ['read', 'x', '--width', '9'], '--width needs a whole number from 10 to 1000, not "9"'],
		['--width over 1000', ['read', 'x', '--width=1001'], '--width needs a whole number from 10 to 1000, not "1001"'],
		['--width not a whole number', ['read', 'x', '--width', '40.5'], '--width needs a whole number from 10 to 1000, not "40.5"'],
		['--width not a number', ['read', 'x', '-w', 'wide'], '--width needs a whole number from 10 to 1000, not "wide"'],
		['--width with no value', ['read', 'x', '--width'], '--width needs a whole number from 10 to 1000, not ""'],
		['--width in exponent notation', ['read', 'x', '--width', '1e2'], '--width needs a whole number from 10 to 1000, not "1e2"'],
		['--width in hex', ['read', 'x', '--width=0x20'], '--width needs a whole number from 10 to 1000, not "0x20"'],
		['--width with spaces around', ['read', 'x', '--width', ' 40 '], '--width needs a whole number from 10 to 1000, not " 40 "'],
		['a bare --width does not take the next option', ['read', 'x', '--width', '--json'], '--width needs a whole number from 10 to 1000, not ""'],
		['a bare --articles does not take the next option', ['list', '--articles', '--json'], '--articles needs a folder'],
		['--width with list', ['list', '--width', '40'], '--width does not apply to list (only to read)'],
		['--width with the reader', ['-w', '40'], '--width does not apply to the reader (only to read)'],
		['--json with check', ['check', '--json'], '--json does not apply to check (only to list and read)'],
		['--json with the reader', ['--json'], '--json does not apply to the reader (only to list and read)'],
		['--color with an unknown value', ['read', 'x', '--color=sometimes'], '--color takes auto, always or never, not "sometimes"'],
		['--color with list', ['list', '--color=always'], '--color does not apply to list (only to read)'],
		['--no-pager with the reader', ['--no-pager'], '--no-pager does not apply to the reader (only to read)'],
		['--json with open', ['open', 'x', '--json'], '--json does not apply to open (only to list and read)'],
		['help with an unknown command', ['help', 'frob'], 'unknown command "frob" (commands: open, list, read, check, help)'],
		['--articles with no value', ['--articles'], '--articles needs a folder'],
		['--articles with an empty value', ['--articles='], '--articles needs a folder'],
		['read without words', ['read', '--json'], 'read needs an article id or title words'],
		['open without words', ['open'], 'open needs an article id or title words'],
		['list with words', ['list', 'extra'], 'unexpected "extra"'],
		['check with words', ['check', 'x', 'y'], 'unexpected "x"'],
	] as const)('%s', (_name, argv, error) => {
		expect(parseArgs(argv)).toEqual({error});
	});
});
