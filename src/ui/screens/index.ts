/** One Ink view per kind of screen on the stack, and `ScreenBody`, which draws whichever is on top. */
export {helpLines} from './help.js';
export {Screen} from './screen-body.js';
