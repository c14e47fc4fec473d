/** Reading files safely: regular files only, bounded sizes, batched file-system calls. */
export {createFsBatch, type FsBatch, type Outcome} from './fs-batch.js';
export {closeQuietly, openRegular, readLines} from './open-regular.js';
export {readHeadTail, readTextFile} from './read-text.js';
