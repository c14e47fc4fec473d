/** A URL as a QR code in half-block characters, fitted to the terminal (`O`). */
export {fitQr, type QrDrawing, type QrFit} from './qr.js';
