/** The views of a web link on its own: the menu Enter opens on one, and the link shown as a QR code or in full. */
export {type LinkChoice, LinkMenuScreen} from './link-menu.js';
export {ShowLinkScreen} from './show-link.js';
