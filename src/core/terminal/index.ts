/** Frames as terminal bytes: the rows that changed, patched or scrolled ncurses-style, nothing else. */
export {diffFrames, fullRepaint, screenLines} from './frame-diff.js';
export {type FrameSize, splitFrame} from './frame-lines.js';
