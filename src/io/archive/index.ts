/** The offline archive on disk: where it lives, each feed's file and the listing, written atomically. */
export {type Archive, openArchive} from './archive.js';
export {defaultDataDir} from './data-dir.js';
