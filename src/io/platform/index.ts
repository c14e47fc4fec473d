/**
 * What newsterm asks of the machine around it: opening a link in the browser and paging `read`'s
 * output (the two places it starts another program). Whatever else reaches past the terminal, such
 * as copying a link, belongs here too.
 */
/** @public Opening links waits for its key (`o`). */
export {openExternal, type OpenExternalResult} from './open-link.js';
export {page, pagerCommand} from './pager.js';
