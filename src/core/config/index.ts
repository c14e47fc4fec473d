/**
 * config.toml's settings, without I/O: checking a parsed file (key bindings, theme, date format,
 * text width, refresh interval, save folder), the problems found, and the file as text. io/config
 * reads and parses it.
 */
export {checkConfig, syntaxProblem} from './check.js';
export {defaultFileText, effectiveText} from './describe.js';
export {type Config, type ConfigProblem, DEFAULT_CONFIG, problemText} from './types.js';
