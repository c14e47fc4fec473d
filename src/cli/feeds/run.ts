/** Which feed command a command word names, and running it: main hands every feed command here. */
import {addCommand} from './add.js';
import type {FeedsContext} from './context.js';
import {feedsCommand} from './feeds.js';
import {refreshCommand} from './refresh.js';
import {removeCommand} from './remove.js';
import type {Streams} from './streams.js';

const FEED_COMMANDS = ['add', 'remove', 'feeds', 'import', 'export', 'refresh'] as const;

/** A feed command's word. */
type FeedCommand = (typeof FEED_COMMANDS)[number];

/** What the feed commands take from the command line. */
interface FeedArgs {
	/** `add`'s URL, `remove`'s URL or title words, `import`'s file. */
	readonly query: string;
	readonly section: string | null;
	readonly json: boolean;
}

/** Whether `command` is one of the feed commands. */
export function isFeedCommand(command: string): command is FeedCommand {
	return (FEED_COMMANDS as readonly string[]).includes(command);
}

/** Runs the feed command `command`; resolves with its exit status. */
export async function runFeedCommand(command: FeedCommand, args: FeedArgs, feeds: FeedsContext, io: Streams): Promise<number> {
	switch (command) {
		case 'add':
			return await addCommand(args.query, args.section, feeds, io);
		case 'remove':
			return await removeCommand(args.query, feeds, io);
		case 'feeds':
			return await feedsCommand(args.json, feeds, io);
		// OPML is read and written by the feed parser's package: loaded only for these two.
		case 'import':
			return await (await import('./opml.js')).importCommand(args.query, feeds, io);
		case 'export':
			return await (await import('./opml.js')).exportCommand(feeds, io);
		case 'refresh':
			return await refreshCommand(args.json, feeds, io);
	}
}
