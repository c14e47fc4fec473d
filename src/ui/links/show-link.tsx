import {Box, Text} from 'ink';
import {fitQr} from '../../core/qr/index.js';
import {hyperlink} from '../../core/terminal/index.js';
import {wrapText} from '../../core/text/index.js';
import {useTheme} from '../theme/index.js';

/** Props for a link shown on its own, over the whole terminal. */
export interface ShowLinkProps {
	readonly url: string;
	readonly as: 'qr' | 'text';
	readonly columns: number;
	readonly rows: number;
}

/** The one OSC 8 id of the URL shown here: all its wrapped rows are one link. */
const LINK_ID = 'ntshow';

/**
 * A URL as a QR code (`O`, or the link menu's "QR code") in half-blocks, centred, light modules on a
 * black background so the code is dark-on-light whatever the terminal's colours; or in full, wrapped
 * after its punctuation, as one link. Any key returns (core/reader's update).
 */
export function ShowLinkScreen({url, as, columns, rows}: ShowLinkProps) {
	const theme = useTheme();
	if (as === 'text') {
		const lines = wrapText(url, Math.max(1, columns - 2)).slice(0, Math.max(1, rows - 3));
		return (
			<Box flexDirection="column" width={columns} height={rows}>
				<Text {...theme.style('heading')}>{' Link'}</Text>
				{lines.map((line, i) => (
					<Text key={i} {...theme.style('link')} wrap="truncate">
						{' '}
						{theme.hyperlinks ? hyperlink(line, url, LINK_ID) : line}
					</Text>
				))}
				<Text> </Text>
				<Text {...theme.style('hint')}>{' any key returns'}</Text>
			</Box>
		);
	}
	const fit = fitQr(url, columns, rows);
	if (!fit.ok) {
		const why =
			'tooLong' in fit
				? `This link is too long for a QR code (${url.length} characters).`
				: `This QR code needs ${fit.cols} columns and ${fit.rows} rows; the terminal has ${columns} x ${rows}.`;
		return (
			<Box flexDirection="column" width={columns} height={rows} paddingLeft={1}>
				<Text {...theme.style('error')} wrap="wrap">
					{why}
				</Text>
				<Text {...theme.style('hint')}>any key returns</Text>
			</Box>
		);
	}
	const {drawing} = fit;
	const left = ' '.repeat(Math.floor((columns - drawing.width) / 2));
	const spare = rows - drawing.height;
	// A spare row under the code says how to leave; the code itself stays centred in what is left.
	const caption = spare >= 2;
	const top = Math.floor((spare - (caption ? 1 : 0)) / 2);
	const paint = theme.noColor ? {} : {color: 'whiteBright', backgroundColor: 'black'};
	return (
		<Box flexDirection="column" width={columns} height={rows} paddingTop={top}>
			{drawing.rows.map((row, i) => (
				<Text key={i} wrap="truncate">
					{left}
					<Text {...paint}>{row}</Text>
				</Text>
			))}
			{caption ? <Text {...theme.style('hint')}>{`${left}any key returns`}</Text> : null}
		</Box>
	);
}
