/** Styled lines for a width: an article's layout, memoised per width. */
export {type ArticleLayout, layoutArticle, layoutFor, type LayoutLink, type Style, type StyledLine} from './article.js';
