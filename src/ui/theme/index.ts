/** Colours and attributes for each text style, in Ink (`useTheme`) and as ANSI strings (`read`). */
export {ansiLines} from './ansi.js';
export {createTheme, ThemeContext, useTheme} from './theme.js';
