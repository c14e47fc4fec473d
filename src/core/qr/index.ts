/** A URL as a QR code in half-block characters, fitted to the terminal (`O`). */
export {fitQr} from './qr.js';
