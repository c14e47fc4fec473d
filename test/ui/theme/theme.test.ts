import {describe, expect, it} from 'vitest';
import {createTheme} from '../../../src/ui/theme/index.js';
import type {Role} from '../../../src/ui/theme/theme.js';

const ROLES: readonly Role[] = [
	'title',
	'meta',
	'body',
	'quote',
	'heading',
	'link',
	'missing',
	'teaser',
	'number',
	'header',
	'cursor',
	'unread',
	'bookmark',
	'key',
	'hint',
	'message',
	'error',
	'selectedLink',
];

/** WCAG's relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
	const channel = (at: number): number => {
		const value = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
		return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}
/** WCAG's contrast ratio of a colour against white. */
const onWhite = (hex: string): number => 1.05 / (luminance(hex) + 0.05);

/** The xterm 256-colour cube's six levels. */
const LEVELS = [0x00, 0x5f, 0x87, 0xaf, 0xd7, 0xff];
/**
 * The colour a 256-colour terminal shows for `#rrggbb` as chalk sends it: chalk rounds each channel
 * to six steps linearly (ansi-styles' rgbToAnsi256), and the terminal draws the cube's own levels.
 */
function as256(hex: string): string {
	const level = (at: number): string => (LEVELS[Math.round((Number.parseInt(hex.slice(at, at + 2), 16) / 255) * 5)] ?? 0).toString(16).padStart(2, '0');
	return `#${level(1)}${level(3)}${level(5)}`;
}

describe('the light palette', () => {
	const light = createTheme(false, {background: 'light'});

	it('gives every coloured role a colour that reads on white (WCAG AA, 4.5:1), in truecolor and in 256 colours', () => {
		const coloured = ROLES.filter(role => light.style(role).color !== undefined);
		expect(coloured).toEqual(['quote', 'heading', 'link', 'unread', 'bookmark', 'message', 'error']);
		for (const role of coloured) {
			const color = light.style(role).color ?? '';
			expect(color, role).toMatch(/^#[0-9a-f]{6}$/);
			expect(onWhite(color), `${role} ${color}`).toBeGreaterThanOrEqual(4.5);
			expect(onWhite(as256(color)), `${role} ${color} as ${as256(color)}`).toBeGreaterThanOrEqual(4.5);
		}
	});

	it('keeps every attribute of the dark palette, so NO_COLOR still tells the roles apart', () => {
		const dark = createTheme(false);
		for (const role of ROLES) {
			const {color: _light, ...lightRest} = light.style(role);
			const {color: _dark, ...darkRest} = dark.style(role);
			expect(lightRest, role).toEqual(darkRest);
		}
		expect(createTheme(true, {background: 'light'}).style('quote')).toEqual({italic: true});
	});
});

describe('the quote colour', () => {
	it('replaces the palette’s on either background, and only for quotes', () => {
		for (const background of ['dark', 'light'] as const) {
			const theme = createTheme(false, {background, quote: '#8700af'});
			expect(theme.style('quote')).toEqual({color: '#8700af', italic: true});
			expect(theme.style('heading')).toEqual(createTheme(false, {background}).style('heading'));
		}
	});

	it('is dropped with NO_COLOR', () => {
		expect(createTheme(true, {quote: 'magenta'}).style('quote')).toEqual({italic: true});
	});
});
