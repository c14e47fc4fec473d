/** The feed subcommands (`add`, `remove`, `feeds`, `import`, `export`, `refresh`) and what the reader and lists share with them. */
export {articleSource, type FeedsContext, openFeeds, showsFolders} from './context.js';
export {feedTitleOf} from './feeds.js';
export {isFeedCommand, runFeedCommand} from './run.js';
export {processStreams} from './streams.js';
