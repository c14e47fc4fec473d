/**
 * The command line: options and subcommands (`parseArgs`), and whether the terminal can show the
 * reader (`drawableTerm`). A folder of its own so the cold painter (cli/start) can read the command
 * line without the rest of `cli`.
 */
export {type Options, parseArgs} from './args.js';
export {drawableTerm} from './terminal-kind.js';
