import {cellWidth} from '../text/index.js';
import {COMMANDS, type CommandId, type CommandSpec, type HintCondition, keyName, type ScreenKind} from './commands.js';
import type {State} from './state.js';
import type {ViewModel} from './view-model.js';

/** The facts a hint's condition is decided on. */
export interface HintFacts {
	readonly screen: ScreenKind;
	readonly canGoBack: boolean;
	readonly hasLinks: boolean;
}

/** A hint as the footer draws it: the command's first key and its label. */
export interface FooterHint {
	readonly command: CommandId;
	readonly key: string;
	readonly label: string;
}

const holds = (condition: HintCondition | undefined, facts: HintFacts): boolean =>
	condition === undefined || (condition === 'canGoBack' ? facts.canGoBack : facts.hasLinks);

/**
 * The hints that apply to a screen in its state, in table order, with their priorities.
 * @internal Tests use it; the program does not.
 */
export function applicableHints(facts: HintFacts, table: readonly CommandSpec[] = COMMANDS): readonly (FooterHint & {readonly priority: number})[] {
	return table.flatMap(spec => {
		const hint = spec.hint;
		if (!hint || !spec.screens.includes(facts.screen) || !holds(hint.when, facts)) return [];
		return [{command: spec.command, key: keyName(spec.keys[0] ?? ''), label: hint.label, priority: hint.priority}];
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

/** The hint facts of the screen on top, from the state and the view drawn from it. */
export function hintFacts(state: State, view: ViewModel): HintFacts {
	return {screen: view.screen.kind, canGoBack: state.stack.length > 1, hasLinks: (view.layout?.links.length ?? 0) > 0};
}
