/**
 * The reader's logic without Ink: state and its reducer, the command table, key decoding, planning a
 * command, the view model, and the header and footer text. The App only draws what these decide.
 */
export {COMMANDS, type CommandSpec, resolveKey} from './commands.js';
export {footerHints, headerText} from './header.js';
export {KeyDecoder} from './keys.js';
export {plan, type Step} from './plan.js';
export {initialState, reduce, type State, top} from './state.js';
export {type AppData, commandContext, teaserOf, textWidth, viewModel, type ViewModel} from './view-model.js';
export {type ListPosition} from './viewport.js';
