/**
 * Saved first frames on disk (core/frame-cache): loaded and checked by the launcher, saved by the
 * program on its way out, and the handover between the two. Node's fs only: the launcher loads it.
 */
export {type ColdFacts, type ColdFrame, type EarlyFrame, handedOver, handOver} from './handover.js';
export {forgetFrame, loadSavedFrame, saveFrame} from './file.js';
export {stampOf} from './stamps.js';
export {holdWarnings, paintSavedFrame, restoreScreen} from './paint.js';
export {startIdentity} from '../../core/frame-cache/index.js';
