import type {CommandContext} from '../../src/core/reader/plan.js';
import {NOW} from './bundled.js';

/**
 * The parts of a command context that say "nothing here": no unread article before or after, no
 * marks, no feeds, no text. A plan test spreads in what its case is about (the state, the links).
 */
export function quietContext(): Omit<CommandContext, 'state' | 'height' | 'total' | 'article' | 'links'> {
	return {
		selection: null,
		nextUnread: () => null,
		isRead: () => false,
		isBookmarked: () => false,
		now: NOW,
		feedsIn: () => [],
		origin: null,
		plainText: () => null,
		markdown: () => null,
		previousUnread: () => null,
		unreadIn: () => [],
		neighbour: () => null,
		rowWhenHidden: () => 0,
		find: null,
	};
}
