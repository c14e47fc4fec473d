/** config.toml on disk: finding, reading and parsing it (smol-toml, only when there is a file), and writing the default one. */
export {configPath, loadConfig} from './load.js';
export {initConfig} from './init.js';
