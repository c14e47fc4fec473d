/**
 * Reader mode: the article in a web page as the article model's blocks. Its own folder so the
 * program loads it (and Readability and linkedom with it) with `import()` only when `f` asks.
 */
export {extractReadable} from './extract.js';
