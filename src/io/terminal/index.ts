/** The full-screen terminal: alternate screen, frame-diffed output, and restoring it on every way out. */
export {paintFirstFrame, renderFullscreen} from './fullscreen.js';
export {adoptEarlyFrame} from './early-frame.js';
export type {FrameWriter} from './frame-writer.js';
export {CLIPBOARD_TEXT_BYTES, clipboardSequence} from './clipboard.js';
