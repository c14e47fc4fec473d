/**
 * The first frame painted without Ink or React: the Sections screen, cell for cell as the App's first
 * render draws it, from the list the scan already has (docs/performance.md#paint-first).
 */
export {firstFrame} from './first-frame.js';
