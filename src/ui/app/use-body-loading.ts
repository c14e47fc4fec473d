import {useEffect} from 'react';
import type {DateFormat} from '../../core/article/index.js';
import {layoutFor} from '../../core/layout/index.js';
import type {ArticleLoad, BodyLoader} from '../../core/library/index.js';

/**
 * Reads article bodies when they are wanted: the open article's when its screen comes up (or again,
 * if the loader let it go to make room while reads were in flight), and the headline the cursor rests
 * on once the frame is out and no key is waiting (setImmediate runs after pending input), read and
 * laid out so Enter finds it ready. Leaving the row cancels that.
 */
export function useBodyLoading(
	bodies: BodyLoader,
	wanted: string | null,
	wantedLoad: ArticleLoad | undefined,
	resting: string | null,
	textWidth: () => number,
	now: () => number,
	dates: DateFormat,
): void {
	useEffect(() => {
		if (wanted !== null && wantedLoad === undefined) void bodies.request(wanted);
	}, [wanted, wantedLoad, bodies]);

	useEffect(() => {
		if (resting === null) return;
		let live = true;
		const timer = setImmediate(() => {
			void bodies.request(resting).then(load => {
				if (live && load.status === 'ok') layoutFor(load.article, textWidth(), now(), dates);
			});
		});
		return () => {
			live = false;
			clearImmediate(timer);
		};
	}, [resting, bodies, textWidth, now, dates]);
}
