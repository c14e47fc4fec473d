/** The full-screen terminal: alternate screen, frame-diffed output, and restoring it on every way out. */
export {renderFullscreen} from './fullscreen.js';
export {CLIPBOARD_TEXT_BYTES, clipboardSequence} from './clipboard.js';
