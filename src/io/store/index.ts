/** The reading store kept with conf: read marks and bookmarks, merged with other processes, never lost silently. */
export {openConfStore} from './conf-store.js';
