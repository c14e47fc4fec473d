/** Fetching feeds and pages over HTTP(S): bounded, queued, never throwing; proxies from the environment. */
export {createFetcher, type Fetcher} from './fetcher.js';
