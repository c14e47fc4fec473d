/** The footer's facts on the Sections screen with nothing selected: the start of most hint tables. */
import type {HintFacts} from '../../src/core/reader/hints.js';

/** The Sections screen, top of the stack, no links, no feeds. */
export const SECTIONS_FACTS: HintFacts = {
	screen: 'sections',
	canGoBack: false,
	hasLinks: false,
	linkSelected: false,
	read: null,
	bookmarked: null,
	feeds: 0,
	feedSelected: false,
	summaryOnly: false,
};
