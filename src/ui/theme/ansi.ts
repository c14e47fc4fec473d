import chalk, {Chalk, type ChalkInstance} from 'chalk';
import type {StyledLine} from '../../core/layout/index.js';
import type {Role, Theme} from './theme.js';

function painter(base: ChalkInstance, theme: Theme, role: Role): ChalkInstance {
	const style = theme.style(role);
	let paint = base;
	if (style.color?.startsWith('#')) paint = paint.hex(style.color);
	else if (style.color) paint = paint[style.color as 'yellow'] ?? paint;
	if (style.bold) paint = paint.bold;
	if (style.italic) paint = paint.italic;
	if (style.underline) paint = paint.underline;
	if (style.dimColor) paint = paint.dim;
	if (style.inverse) paint = paint.inverse;
	return paint;
}

/**
 * Styled lines as ANSI text with the theme's styles, for `newsterm read`. The caller has decided on
 * colour (a terminal, or `--color=always` into a pipe), so at least basic colours are used even where
 * chalk's own detection, which looks at stdout, would find none.
 */
export function ansiLines(lines: readonly StyledLine[], theme: Theme): string {
	const base = chalk.level > 0 ? chalk : new Chalk({level: 1});
	return lines.map(line => line.map(segment => painter(base, theme, segment.style)(segment.text)).join('')).join('\n');
}
