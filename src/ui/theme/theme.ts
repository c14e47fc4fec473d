import {createContext, useContext} from 'react';
import type {DateFormat} from '../../core/article/index.js';
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

/**
 * The colours that change on a light background: yellow, cyan and bright green vanish on white, so
 * each becomes a dark shade of itself. Each is chosen to read on white (4.5:1) both as itself (a
 * truecolor terminal) and as the 256-colour cube entry chalk rounds it to, which is lighter (tmux,
 * most terminals); a terminal of 16 colours gets their nearest, which may not.
 */
const LIGHT: Readonly<Partial<Record<Role, TextStyle>>> = {
	quote: {color: '#663300', italic: true},
	heading: {color: '#003366', bold: true},
	link: {color: '#0000af', underline: true},
	unread: {color: '#005f00', bold: true},
	bookmark: {color: '#993300', bold: true},
	message: {color: '#005f00', bold: true},
	error: {color: '#af0000', bold: true},
};

/** How the views look beyond the roles' defaults: config.toml's `[theme]`, and `date_format` for the rows. */
export interface ThemeOptions {
	readonly background?: 'dark' | 'light';
	/** A colour for quotations in place of the palette's. */
	readonly quote?: string | null;
	readonly dates?: DateFormat;
	/** Web addresses as OSC 8 links (core/terminal's hyperlinksSupported decided); off by default. */
	readonly hyperlinks?: boolean;
}

/** Resolves roles to `<Text>` props; `noColor` drops colours and keeps attributes. */
export interface Theme {
	readonly noColor: boolean;
	/** How list rows write their dates (config.toml's `date_format`). */
	readonly dates: DateFormat;
	/** Whether web addresses are drawn as OSC 8 links (core/terminal's hyperlinksSupported decided). */
	readonly hyperlinks: boolean;
	style(role: Role): TextStyle;
}

/** The roles for a background, with the quote colour given in place of the palette's. */
function palette({background = 'dark', quote = null}: ThemeOptions): Readonly<Record<Role, TextStyle>> {
	const roles = background === 'light' ? {...ROLES, ...LIGHT} : ROLES;
	return quote ? {...roles, quote: {...roles.quote, color: quote}} : roles;
}

/** Builds a theme. */
export function createTheme(noColor: boolean, options: ThemeOptions = {}): Theme {
	const roles = palette(options);
	return {
		noColor,
		dates: options.dates ?? 'default',
		hyperlinks: options.hyperlinks ?? false,
		style(role) {
			const style = roles[role];
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
