import {describe, expect, it} from 'vitest';
import {parseArgs, type Options} from '../../src/cli/args.js';

const defaults: Options = {subcommand: 'tui', query: '', articleDirs: [], json: false, width: null, help: false, version: false};

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
		['widths 10 and 1000 are the limits', ['--width', '1000', '--width', '10'], {width: 10}],
	] as const)('%s', (_name, argv, expected) => {
		expect(parseArgs(argv)).toEqual({...defaults, ...expected});
	});
});

describe('parseArgs: errors', () => {
	it.each([
		['an unknown command', ['frobnicate'], 'unknown command "frobnicate" (commands: open, list, read, check)'],
		['a lone dash', ['-'], 'unknown command "-" (commands: open, list, read, check)'],
		['an unknown option', ['list', '--colour'], 'unknown option "--colour"'],
		['an unknown option with a value', ['--colour=red'], 'unknown option "--colour"'],
		['--width under 10', ['read', 'x', '--width', '9'], '--width needs a whole number from 10 to 1000, not "9"'],
		['--width over 1000', ['read', 'x', '--width=1001'], '--width needs a whole number from 10 to 1000, not "1001"'],
		['--width not a whole number', ['read', 'x', '--width', '40.5'], '--width needs a whole number from 10 to 1000, not "40.5"'],
		['--width not a number', ['read', 'x', '-w', 'wide'], '--width needs a whole number from 10 to 1000, not "wide"'],
		['--width with no value', ['read', 'x', '--width'], '--width needs a whole number from 10 to 1000, not ""'],
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
