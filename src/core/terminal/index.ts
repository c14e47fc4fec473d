/** Frames as terminal bytes: the rows that changed, patched or scrolled ncurses-style, nothing else, in the terminal's charset; OSC 8 links. */
export {type Charset, localeCharset, terminalBytes} from './charset.js';
export {diffFrames, fullRepaint, screenLines} from './frame-diff.js';
export {type FrameSize, splitFrame} from './frame-lines.js';
export {hyperlink, hyperlinksSupported} from './hyperlink.js';
export {ENTER_FULLSCREEN, LEAVE_FULLSCREEN} from './modes.js';
