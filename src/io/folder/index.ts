/** Articles from folders of text files: the walk, the list cache, and bodies read on demand. */
export {createFolderSource} from './source.js';
export {watchFolders} from './watch.js';
