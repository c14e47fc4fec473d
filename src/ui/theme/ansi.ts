import chalk, {type ChalkInstance} from 'chalk';
import type {StyledLine} from '../../core/layout/index.js';
import type {Role, Theme} from './theme.js';

function painter(theme: Theme, role: Role): ChalkInstance {
	const style = theme.style(role);
	let paint: ChalkInstance = chalk;
	if (style.color) paint = paint[style.color as 'yellow'] ?? paint;
	if (style.bold) paint = paint.bold;
	if (style.italic) paint = paint.italic;
	if (style.underline) paint = paint.underline;
	if (style.dimColor) paint = paint.dim;
	if (style.inverse) paint = paint.inverse;
	return paint;
}

/** Styled lines as ANSI text with the theme's styles, for `newsterm read` on a terminal. */
export function ansiLines(lines: readonly StyledLine[], theme: Theme): string {
	return lines.map(line => line.map(segment => painter(theme, segment.style)(segment.text)).join('')).join('\n');
}
