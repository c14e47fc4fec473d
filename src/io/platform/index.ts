/**
 * What newsterm asks of the machine around it: opening a link in the browser and paging `read`'s
 * output (the two places it starts another program). Everything else that reaches past the terminal (copying a link) belongs here too.
 */
export {openExternal, type OpenExternalResult} from './open-link.js';
export {type PageResult, type PagerCommand, page, pagerCommand} from './pager.js';
