/** React hooks that connect the reader to the terminal: raw keys in, the terminal's size. */
export {useKeys} from './use-keys.js';
export {type Size, useTerminalSize} from './use-terminal-size.js';
export {createKeyQueue, type KeyQueue} from './key-queue.js';
export {useMenuChoice, useTypedLine} from './typed-keys.js';
