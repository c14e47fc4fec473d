/**
 * What newsterm asks of the machine around it: opening a link in the browser (the one place it starts
 * another program). Everything else that reaches past the terminal (copying a link) belongs here too.
 */
export {openExternal, type OpenExternalResult} from './open-link.js';
