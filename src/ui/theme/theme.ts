import {createContext, useContext} from 'react';
import type {Style} from '../../core/layout/index.js';

/** The subset of Ink's `<Text>` props the theme sets. */
interface TextStyle {
	readonly color?: string;
	readonly bold?: boolean;
	readonly italic?: boolean;
	readonly underline?: boolean;
	readonly dimColor?: boolean;
	readonly inverse?: boolean;
}

/** Interface roles beyond the article styles. */
export type Role = Style | 'header' | 'cursor' | 'unread' | 'bookmark' | 'key' | 'hint' | 'message' | 'error' | 'selectedLink' | 'match' | 'currentMatch';

/*
 * Every role that must stand out has an attribute as well as a colour, so it still does with
 * NO_COLOR (which removes colours, not attributes) and on monochrome terminals.
 */
const ROLES: Readonly<Record<Role, TextStyle>> = {
	title: {bold: true},
	meta: {dimColor: true},
	body: {},
	quote: {color: 'yellow', italic: true},
	heading: {color: 'cyan', bold: true},
	link: {color: 'cyan', underline: true},
	missing: {dimColor: true, italic: true},
	teaser: {dimColor: true},
	number: {bold: true},
	header: {inverse: true, bold: true},
	cursor: {inverse: true},
	unread: {color: 'green', bold: true},
	bookmark: {color: 'yellow', bold: true},
	key: {bold: true},
	hint: {dimColor: true},
	message: {color: 'green', bold: true},
	error: {color: 'red', bold: true},
	selectedLink: {inverse: true},
	// A find's matches in reverse video, as less draws them; the one moved to also bold and underlined, so it stands out without colour.
	match: {inverse: true},
	currentMatch: {color: 'yellow', inverse: true, bold: true, underline: true},
};

/** Resolves roles to `<Text>` props; `noColor` drops colours and keeps attributes. */
export interface Theme {
	readonly noColor: boolean;
	style(role: Role): TextStyle;
}

/** Builds a theme. */
export function createTheme(noColor: boolean): Theme {
	return {
		noColor,
		style(role) {
			const style = ROLES[role];
			if (!noColor || style.color === undefined) return style;
			const {color: _dropped, ...rest} = style;
			return rest;
		},
	};
}

/** The theme in effect; views read it instead of taking it through every prop. */
export const ThemeContext = createContext<Theme>(createTheme(false));

/** The current theme. */
export function useTheme(): Theme {
	return useContext(ThemeContext);
}
