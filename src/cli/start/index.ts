/**
 * The reader's start before Ink: its first frame painted from the list cache (docs/performance.md#paint-first),
 * and on the way out the next start's first frame saved for the launcher (docs/performance.md#early-paint).
 */
export {refreshMinutes} from './feed-age.js';
export {mayPaint, paintFirst} from './first-paint.js';
export {rememberFirstFrame} from './remember.js';
export {coldFrame} from './cold-paint.js';
