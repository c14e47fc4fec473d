/** Ink pieces shared by the screens: the header and footer rows, and a styled line of text. */
export {Footer} from './footer.js';
export {Header} from './header.js';
export {StyledLineView} from './styled-line.js';
export {FindPrompt} from './find-prompt.js';
