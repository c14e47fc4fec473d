/**
 * Taking an article out of the reader: saving its Markdown as a new file (`s`) and piping its text
 * to a command the user typed (`|`). core/export decides the text, the names and the words.
 */
export {saveMarkdown} from './save.js';
export {runPiped} from './pipe.js';
