/** A first frame saved at the end of a run, for the launcher to paint at the next start before the program loads. */
export {FRAME_FILE_PREFIX, frameFileName, startIdentity} from './key.js';
export {decodeSavedFrame, encodeSavedFrame, type SavedFrame, type Stamp, stillValid} from './format.js';
