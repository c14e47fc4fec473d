/** The reader's start before Ink: its first frame painted from the list cache (docs/performance.md#paint-first). */
export {mayPaint, paintFirst} from './first-paint.js';
