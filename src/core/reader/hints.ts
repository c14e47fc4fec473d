import {cellWidth} from '../text/index.js';
import {COMMANDS, type CommandId, type CommandSpec, type HintCondition, keyName, type ScreenKind} from './commands.js';
import type {State} from './state.js';
import type {AppData, ViewModel} from './view-model.js';

/** The facts a hint's condition is decided on. */
export interface HintFacts {
	readonly screen: ScreenKind;
	readonly canGoBack: boolean;
	readonly hasLinks: boolean;
	/** An article with a link selected, which Enter follows (without one Enter does nothing there). */
	readonly linkSelected: boolean;
	/** Whether the article `r` and `b` act on is read and bookmarked; null when there is none. */
	readonly read: boolean | null;
	readonly bookmarked: boolean | null;
	/** How many feeds are subscribed. */
	readonly feeds: number;
	/** A section of feeds selected (`d` unsubscribes). */
	readonly feedSelected: boolean;
	/** An open feed item that has only its summary (`f` fetches the page). */
	readonly summaryOnly: boolean;
	/** A bulk mark `u` can undo. */
	readonly canUndo?: boolean;
	/** `o`, `y` and `O` have an address to act on: the selected web link, or the item's page. */
	readonly hasUrl?: boolean;
	/** A find is active in the open article (`n` and `N` move between its matches). */
	readonly finding?: boolean;
}

/** A hint as the footer draws it: the command's first key and its label. */
export interface FooterHint {
	readonly command: CommandId;
	readonly key: string;
	readonly label: string;
}

const CONDITIONS: Readonly<Record<HintCondition, (facts: HintFacts) => boolean>> = {
	canGoBack: facts => facts.canGoBack,
	atTop: facts => !facts.canGoBack,
	hasLinks: facts => facts.hasLinks,
	linkSelected: facts => facts.linkSelected,
	read: facts => facts.read === true,
	unread: facts => facts.read === false,
	bookmarked: facts => facts.bookmarked === true,
	notBookmarked: facts => facts.bookmarked === false,
	hasFeeds: facts => facts.feeds > 0,
	noFeeds: facts => facts.feeds === 0,
	feedSelected: facts => facts.feedSelected,
	summaryOnly: facts => facts.summaryOnly,
	canUndo: facts => facts.canUndo === true,
	hasUrl: facts => facts.hasUrl === true,
	finding: facts => facts.finding === true,
};

/**
 * The hints that apply to a screen in its state, in table order, with their priorities: per command,
 * the first of its hints whose screens and condition hold.
 * @internal Tests use it; the program does not.
 */
export function applicableHints(facts: HintFacts, table: readonly CommandSpec[] = COMMANDS): readonly (FooterHint & {readonly priority: number})[] {
	return table.flatMap(spec => {
		// A command the user left without keys (config.toml) has nothing to press, so nothing to hint.
		if (!spec.screens.includes(facts.screen) || spec.keys.length === 0) return [];
		const hint = spec.hints?.find(
			candidate => (candidate.screens ?? spec.screens).includes(facts.screen) && (candidate.when === undefined || CONDITIONS[candidate.when](facts)),
		);
		if (!hint) return [];
		return [{command: spec.command, key: keyName(hint.key ?? spec.keys[0] ?? ''), label: hint.label, priority: hint.priority}];
	});
}

/** Cells a hint takes in the footer: `key label` and two spaces after it. */
const hintSize = (hint: FooterHint): number => cellWidth(hint.key) + 1 + cellWidth(hint.label) + 2;

/**
 * The hints that fit a footer `width` cells wide (one leading space): they claim room by priority,
 * lowest first, and in table order within a priority; those shown keep the table's order.
 */
export function footerHints(facts: HintFacts, width: number, table: readonly CommandSpec[] = COMMANDS): readonly FooterHint[] {
	const hints = applicableHints(facts, table);
	let room = width - 1;
	const chosen = new Set<FooterHint>();
	// A stable sort: equal priorities keep table order.
	for (const hint of [...hints].sort((a, b) => a.priority - b.priority)) {
		if (hintSize(hint) > room) continue;
		chosen.add(hint);
		room -= hintSize(hint);
	}
	return hints.filter(hint => chosen.has(hint)).map(({command, key, label}) => ({command, key, label}));
}

/** The id of the article `r` and `b` act on: the open one, or the selected row's. */
function targetId(view: ViewModel): string | null {
	if (view.screen.kind === 'article') return view.article ? view.screen.id : null;
	const selection = view.selection;
	if (selection?.kind === 'article') return selection.meta.id;
	if (selection?.kind === 'bookmark') return selection.bookmark.id;
	return null;
}

const linkOf = (view: ViewModel): number | null => (view.screen.kind === 'article' ? view.screen.link : null);

/** The hint facts of the screen on top, from the state, the data and the view drawn from them. */
export function hintFacts(state: State, data: AppData, view: ViewModel): HintFacts {
	const id = targetId(view);
	return {
		screen: view.screen.kind,
		canGoBack: state.stack.length > 1,
		hasLinks: (view.layout?.links.length ?? 0) > 0,
		linkSelected: view.screen.kind === 'article' && view.screen.link !== null,
		read: id === null ? null : data.snapshot.read.has(id),
		bookmarked: id === null ? null : data.snapshot.bookmarks.has(id),
		feeds: data.snapshot.feeds.size,
		feedSelected: view.selection?.kind === 'section' && (data.feedsIn?.(view.selection.name).length ?? 0) > 0,
		summaryOnly: view.article?.origin?.summaryOnly === true && view.article.origin.full !== true,
		canUndo: state.undo !== undefined,
		hasUrl:
			view.screen.kind === 'article' &&
			(typeof view.article?.origin?.url === 'string' || view.layout?.links.some(link => link.number === linkOf(view) && link.url) === true),
		finding: view.find !== null && !view.find.typing,
	};
}
