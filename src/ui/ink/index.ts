/**
 * Ink 6.8 stand-ins (swapped in by scripts/bundle-options.mjs). The row-memoised Output is also what
 * the direct first paint draws through (ui/paint), so its frame is Ink's to the byte.
 */
export {default as InkOutput} from './fast-output.js';
