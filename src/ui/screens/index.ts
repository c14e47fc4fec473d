/** One Ink view per kind of screen on the stack, and `ScreenBody`, which draws whichever is on top. */
export {ScreenBody} from './screen-body.js';
