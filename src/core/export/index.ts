/**
 * An article taken out of the reader: as Markdown (`s`, `read --markdown`), under a file name made
 * from its title, and what the footer says after saving or piping it. Pure: io/export writes the
 * file and runs the command.
 */
export {articleMarkdown} from './markdown.js';
export {homePath, savedName, slugOf} from './names.js';
export {type PipeOutcome, pipeReport, saveFailure} from './report.js';
