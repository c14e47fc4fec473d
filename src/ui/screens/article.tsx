import {Box, Text} from 'ink';
import type {ArticleLayout} from '../../core/layout/index.js';
import type {ArticleLoad} from '../../core/library/index.js';
import {GONE_REASON} from '../../core/folder/index.js';
import {marksIn} from '../../core/find/index.js';
import type {FindView} from '../../core/reader/index.js';
import {StyledLineView} from '../components/index.js';
import {useTheme} from '../theme/index.js';

/** Props for the article reader. */
export interface ArticleProps {
	readonly load: ArticleLoad;
	readonly layout: ArticleLayout | null;
	readonly scroll: number;
	readonly height: number;
	readonly selectedLink: number | null;
	/** The find in this article, whose matches are highlighted. */
	readonly find?: FindView | null;
}

/** The article body: only the rows in the window are drawn, from the layout made for this width. */
export function ArticleScreen({load, layout, scroll, height, selectedLink, find = null}: ArticleProps) {
	const theme = useTheme();
	if (load.status === 'loading') return <Text {...theme.style('meta')}>{' Loading…'}</Text>;
	if (load.status === 'error') {
		// Opening marks an article read only once it loaded, so this one was not: say so.
		const why = load.error === GONE_REASON ? 'its file is gone (deleted or moved since it was listed)' : load.error;
		return (
			<Box paddingLeft={1}>
				<Text {...theme.style('error')} wrap="wrap">{`Could not open this article: ${why}. It was not marked read.`}</Text>
			</Box>
		);
	}
	const lines = layout?.lines.slice(scroll, scroll + height) ?? [];
	// While typing no match is current yet; after Enter, n or N one is.
	const marks = find ? marksIn(find.matches, find.typing ? null : find.current, scroll, scroll + height) : null;
	return (
		<Box flexDirection="column">
			{lines.map((line, i) => (
				<StyledLineView key={scroll + i} line={line} selectedLink={selectedLink} margin={1} marks={marks?.get(scroll + i) ?? []} />
			))}
		</Box>
	);
}
