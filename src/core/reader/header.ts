import {UNREAD_LIST} from '../library/index.js';
import {cellWidth, spread} from '../text/index.js';
import type {State} from './state.js';
import type {ViewModel} from './view-model.js';
import {positionLabel} from './viewport.js';

/** What the header says: where the user is, and how far along. */
export function headerText(state: State, view: ViewModel): {readonly location: string; readonly position: string} {
	const screen = view.screen;
	const count = view.pos && view.total > 0 ? `${view.pos.cursor + 1}/${view.total}` : '';
	switch (screen.kind) {
		case 'sections':
			return {location: 'newsterm › Sections', position: count};
		case 'headlines':
			return {location: `newsterm › ${screen.section === UNREAD_LIST ? 'Unread' : screen.section}`, position: count};
		case 'bookmarks':
			return {location: 'newsterm › Bookmarks', position: count};
		case 'article': {
			const {title, section} = view.heading ?? {title: 'Loading…', section: 'newsterm'};
			const position = view.layout ? positionLabel(view.scroll, view.total, view.bodyHeight) : '…';
			// Standing marks, not a flash, in the headline rows' own signs: ● unread, ★ bookmarked, nothing
			// for a read article (the usual case once open), so a 40-column header keeps its title's room.
			const marks = view.marks ? `${view.marks.read ? '' : '● '}${view.marks.bookmarked ? '★ ' : ''}` : '';
			return {location: `${section} › ${title}`, position: `${marks}${position}`};
		}
		case 'teaser':
			return {location: `${screen.section} › ${screen.title}`, position: 'teaser'};
		case 'help':
			return {location: 'newsterm › Help', position: positionLabel(view.scroll, view.total, view.bodyHeight)};
		case 'prompt':
			return {location: screen.purpose === 'pipe' ? 'newsterm › Pipe to a command' : 'newsterm › Add a feed', position: ''};
		case 'search':
		case 'results':
			return {location: 'newsterm › Search', position: count};
		case 'confirm':
			return {location: `newsterm › Unsubscribe from ${screen.section}`, position: ''};
		case 'linkMenu':
			return {location: `Link › ${screen.title}`, position: ''};
		case 'showLink':
			return {location: screen.as === 'qr' ? 'QR code' : 'Link', position: ''};
	}
	return {location: state.stack.length > 1 ? '' : 'newsterm', position: ''};
}

/** The brand before a list's location: the first thing a narrow header lets go. */
const BRAND = 'newsterm › ';

/**
 * The header row for a width: ` location` on the left, `position ` on the right. The position stays
 * whole; when the location does not fit beside it, the brand goes before the section's name is cut,
 * since the brand says nothing about where the user is.
 */
export function headerLine(location: string, position: string, width: number): string {
	const right = `${position} `;
	const fits = cellWidth(` ${location}`) + 1 + cellWidth(right) <= width;
	const shown = !fits && location.startsWith(BRAND) && location.length > BRAND.length ? location.slice(BRAND.length) : location;
	return spread(` ${shown}`, right, width);
}

/** The header's position with the marker that stays while the store cannot be written. */
export function markUnsaved(position: string, unsaved: boolean): string {
	if (!unsaved) return position;
	return position === '' ? 'not saved' : `not saved · ${position}`;
}
