/**
 * Full-screen mode as less and vim take it: the alternate screen with the cursor hidden, and back.
 * The launcher enters it to paint a saved frame (src/runtime/early-paint.ts), the terminal session
 * for everything after.
 */

/** Into the alternate screen, cursor hidden. */
export const ENTER_FULLSCREEN = '\x1b[?1049h\x1b[?25l';
/** The cursor shown, back to the user's screen. */
export const LEAVE_FULLSCREEN = '\x1b[?25h\x1b[?1049l';
