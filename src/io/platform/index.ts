/**
 * What newsterm asks of the machine around it: opening a link in the browser (or, over SSH, copying
 * it to the user's clipboard) and paging `read`'s output (the two places it starts another program).
 */
export {linkActions} from './links.js';
export {page, pagerCommand} from './pager.js';
