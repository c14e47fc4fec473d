/**
 * The cold painter's entry (src/cli/start/cold-paint.ts): bundled on its own by scripts/build.mjs and
 * embedded in the bin beside the program, so the launcher can run it before the program is compiled.
 */
export {coldFrame} from './cli/start/index.js';
