/**
 * The reader's logic without Ink: state and its reducer, the command table, key decoding, planning a
 * command, the view model, and the header and footer text. The App only draws what these decide.
 */
export {bindCommands, COMMANDS, type CommandId, type CommandSpec, HELP_ENTRIES, helpEntries, type KeyBindings, keyName, type ScreenKind} from './commands.js';
export {headerLine, headerText, markUnsaved} from './header.js';
export {type FooterHint, footerHints, hintFacts} from './hints.js';
export {KeyDecoder} from './keys.js';
export {followLibrary, placeOnExit} from './place.js';
export {noticeRows, skippedNotice} from './notice.js';
export type {Effect} from './plan.js';
export {initialState, reduce, type State, top} from './state.js';
export {type AppData, type FindView, teaserOf, viewModel, type ViewModel} from './view-model.js';
export type {ListPosition} from './viewport.js';
export {type Platform, type PlatformAnswer, settleRead, update} from './update.js';
