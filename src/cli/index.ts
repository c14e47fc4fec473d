/** The command line: `main(argv)` runs newsterm and returns its exit status. */
export {main} from './main.js';
