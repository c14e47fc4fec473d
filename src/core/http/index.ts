/** Pure rules for fetching feeds and pages: outcomes, charsets, cache and retry headers, redirects, proxies, the per-host queue, failure words. */
export {freshUntil, retryAt} from './cache.js';
export {decodeBody} from './charset.js';
export {createHostQueue} from './host-queue.js';
export {proxyFor} from './proxy.js';
export {networkReason, seconds, size, statusReason} from './reasons.js';
export {isPermanent, isRedirect, isWebUrl, nextHop} from './redirect.js';
export {FEED_ACCEPT, type FetchOutcome, type FetchRequest, failure} from './types.js';
