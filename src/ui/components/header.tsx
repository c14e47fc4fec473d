import {Text} from 'ink';
import {headerLine} from '../../core/reader/index.js';
import {useTheme} from '../theme/index.js';

/** Props for the top bar. */
export interface HeaderProps {
	/** Where the user is, e.g. `newsterm › World`. */
	readonly location: string;
	/** Right-aligned: a position such as `37%` or `3/21`. */
	readonly position: string;
	readonly width: number;
}

/** The one-row header: location on the left, position on the right, in reverse video (core/reader/header). */
export function Header({location, position, width}: HeaderProps) {
	const theme = useTheme();
	return (
		<Text {...theme.style('header')} wrap="truncate">
			{headerLine(location, position, width)}
		</Text>
	);
}
