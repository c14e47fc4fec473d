import {Box} from 'ink';
import {type Teaser, teaserLines} from '../../core/layout/index.js';
import {StyledLineView} from '../components/index.js';

/** Props for the teaser of an article the library does not have. */
export interface TeaserProps extends Teaser {
	readonly width: number;
	readonly height: number;
}

/** Headline, teaser, and a clear line saying the full text is not here. */
export function TeaserScreen(props: TeaserProps) {
	return (
		<Box flexDirection="column">
			{teaserLines(props, props.width)
				.slice(0, props.height)
				.map((line, i) => (
					<StyledLineView key={i} line={line} selectedLink={null} margin={1} />
				))}
		</Box>
	);
}
