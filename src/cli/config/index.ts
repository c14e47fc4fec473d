/** config.toml at the command line: `newsterm config [--init]`, and the settings other commands start with. */
export {configCommand} from './command.js';
export {configNotice, startupConfig} from './startup.js';
