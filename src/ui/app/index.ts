/** The reader as one Ink component: state, the update loop's effects, and the screen on top. */
export {App, type AppProps} from './app.js';
