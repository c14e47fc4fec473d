/**
 * The reader's logic without Ink: state and its reducer, the command table, key decoding, planning a
 * command, the view model, and the header and footer text. The App only draws what these decide.
 */
export {COMMANDS, type CommandSpec, HELP_ENTRIES, keyLabel, resolveKey} from './commands.js';
export {headerText} from './header.js';
export {type FooterHint, footerHints, hintFacts} from './hints.js';
export {KeyDecoder} from './keys.js';
export {type Effect} from './plan.js';
export {initialState, reduce, type State, top} from './state.js';
export {type AppData, commandContext, teaserOf, viewModel, type ViewModel} from './view-model.js';
export {type ListPosition} from './viewport.js';
export {type Platform, update, type Update} from './update.js';
