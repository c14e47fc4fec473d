/** Styled lines for a width: an article's layout (memoised per width), the help screen's, a teaser's. */
export {anchorAt, type ArticleLayout, layoutArticle, lineOf, layoutFor, type LayoutLink, type Style, type StyledLine} from './article.js';
export {type HelpEntry, helpLines} from './help.js';
export {headlineRowText, sectionRowText, unreadRowText} from './rows.js';
export {type Teaser, teaserLines} from './teaser.js';
export {textWidth} from './width.js';
export {plainText} from './plain.js';
export {urlPieces} from './hrefs.js';
