import {Box, useApp} from 'ink';
import {useCallback, useEffect, useMemo, useReducer, useRef, useState, useSyncExternalStore} from 'react';
import {
	type AppData,
	followLibrary,
	footerHints,
	headerText,
	hintFacts,
	markUnsaved,
	noticeRows,
	settleRead,
	skippedNotice,
	initialState,
	placeOnExit,
	type Platform,
	reduce,
	type State,
	top,
	update,
	viewModel,
} from '../../core/reader/index.js';
import {
	type ArticleSource,
	type BodyLoader,
	buildLibrary,
	type FeedsControl,
	createBodyLoader,
	type ScanSession,
	type SectionSummary,
	type SkippedItem,
	emptyLibraryLines,
	startScan,
	summarize,
} from '../../core/library/index.js';
import type {ReadingStore} from '../../core/store/index.js';
import {type Config, DEFAULT_CONFIG} from '../../core/config/index.js';
import {FindPrompt, Footer, Header} from '../components/index.js';
import {textWidth} from '../../core/layout/index.js';
import type {SearchControl} from '../../core/search/index.js';
import {useSearch} from './use-search.js';
import {useInputKeys} from './use-input-keys.js';
import {type Size, useKeys, useTerminalSize} from '../hooks/index.js';
import {ScreenBody} from '../screens/index.js';
import {type LinkChoice, ShowLinkScreen} from '../links/index.js';
import {useBodyLoading} from './use-body-loading.js';
import {type Message, usePerform} from './use-perform.js';
import {usePipe} from './use-pipe.js';
import {createTheme, ThemeContext} from '../theme/index.js';
import {noItemsLines, refreshLabel, useFeeds, withFailingFeeds} from './use-feeds.js';

/** Props for the reader. `cli/main.ts` builds these; tests pass their own. */
export interface AppProps {
	readonly source: ArticleSource;
	readonly store: ReadingStore;
	readonly initial?: State;
	/** Pins the size (tests); otherwise the terminal's size, following resizes. */
	readonly size?: Size;
	readonly noColor?: boolean;
	readonly now?: () => number;
	/** Called once when the user quits, before Ink unmounts. */
	readonly onExit?: () => void;
	/**
	 * Given, once, what the App must do before the process ends by a signal rather than a key: record
	 * where the open article was left (a key's way out records it in the update loop).
	 */
	readonly onBeforeExit?: (recordPlace: () => void) => void;
	/** What effects outside the reader reach (a full repaint); tests pass their own or none. */
	readonly platform?: Platform;
	/** Told of every key read, before it is handled (the store puts its writes off while keys come). */
	readonly onInput?: () => void;
	/** A scan the caller started early (before Ink loaded); otherwise the reader starts one. */
	readonly scan?: ScanSession;
	/** The body loader (tests pass a small one); otherwise one over `source`. */
	readonly loader?: BodyLoader;
	/** The folders the source reads, named when they hold no articles. */
	readonly folders?: readonly string[];
	/** The feeds: refreshing, adding, unsubscribing, reader mode. Without it the reader shows folders only. */
	readonly feeds?: FeedsControl;
	/** config.toml's settings (keys, theme, dates, text width); the defaults without one. */
	readonly config?: Config;
	/** What was wrong in config.toml, said in the footer on start (the reader runs with the defaults for it). */
	readonly configNotice?: string;
	/** Draws web addresses as OSC 8 links; the caller decides from the terminal (off in tests by default). */
	readonly hyperlinks?: boolean;
	/** Searching every article (`/`), indexed in the background. Without it the search says it is not available. */
	readonly search?: SearchControl;
}

/** The reader: one reducer for navigation, the store for read marks and bookmarks, the source for text. */
export function App({
	source,
	store,
	initial = initialState,
	size,
	noColor = false,
	now = Date.now,
	onExit,
	onBeforeExit,
	platform,
	onInput,
	scan,
	loader,
	folders,
	feeds,
	config = DEFAULT_CONFIG,
	configNotice,
	hyperlinks = false,
	search,
}: AppProps) {
	const {exit} = useApp();
	const {columns, rows} = useTerminalSize(size);
	const [state, setState] = useState(initial);
	const stateRef = useRef(state);
	const session = useMemo(() => scan ?? startScan(source), [scan, source]);
	const metas = useSyncExternalStore(session.subscribe, session.articles);
	const scanning = !session.finished();
	const bodies = useMemo(() => loader ?? createBodyLoader(source), [loader, source]);
	const [storeVersion, bumpStore] = useReducer((n: number) => n + 1, 0);
	const [message, setMessage] = useState<Message>(() => {
		const notices = store.status().notices;
		if (configNotice) return {text: [configNotice, ...notices].join(' · '), error: true};
		return notices.length > 0 ? {text: notices.join(' · '), error: false} : null;
	});
	const theme = useMemo(() => createTheme(noColor, {...config.theme, dates: config.dateFormat, hyperlinks}), [noColor, config, hyperlinks]);
	// Null until the scan's result is in: `finished()` turns true a moment earlier, and an empty library
	// must not be explained before the reasons are known.
	const [skipped, setSkipped] = useState<readonly SkippedItem[] | null>(null);

	useEffect(() => {
		let live = true;
		void session.done.then(result => {
			if (live) setSkipped(result.skipped);
			if (live && result.skipped.length > 0) {
				setMessage({text: skippedNotice(result.skipped.length), error: false});
			}
		});
		return () => {
			live = false;
		};
	}, [session]);
	useEffect(() => store.subscribe(bumpStore), [store]);

	const library = useMemo(() => buildLibrary(metas), [metas]);
	// Rows published by a scan must not slide another item under a cursor: the state follows each
	// list's item into the new library before this frame is drawn (set during render, as React allows
	// for state derived from a change), and keys read the followed state.
	const seenLibrary = useRef(library);
	if (seenLibrary.current !== library) {
		const followed = followLibrary(stateRef.current, seenLibrary.current, library, store.snapshot().read);
		seenLibrary.current = library;
		if (followed !== stateRef.current) {
			stateRef.current = followed;
			setState(followed);
		}
	}
	// biome-ignore lint/correctness/useExhaustiveDependencies: storeVersion is the store's change counter, the reason to take a new snapshot.
	const snapshot = useMemo(() => store.snapshot(), [store, storeVersion]);
	// Counted when the Sections screen asks: an `r` or an opened article in a 10,000-article library
	// would otherwise recount every section on the key press (docs/performance.md#section-counts).
	const feedsState = useFeeds(feeds);
	const summaries = useMemo(() => {
		let counted: readonly SectionSummary[] | null = null;
		return () =>
			(counted ??= withFailingFeeds(
				summarize(library, id => snapshot.read.has(id)),
				feedsState.errors,
			));
	}, [library, snapshot, feedsState.errors]);
	// Only the open article's load redraws; a prefetch finishing for the list cursor changes nothing on screen.
	const showing = top(state);
	const wanted = showing.kind === 'article' ? showing.id : null;
	const wantedLoad = useSyncExternalStore(bodies.subscribe, () => (wanted === null ? undefined : bodies.get(wanted)));
	const saveError = store.status().saveError;
	const shown = message?.change && saveError !== null ? {...message, text: `${message.text} (not saved)`} : message;
	const footerMessage = shown ?? (saveError ? {text: saveError, error: true} : null);
	// A long message takes footer rows from the body, up to half the screen, until the next key.
	// The standing save error keeps to one row: the header's "not saved" stays, and the exit says it in full.
	const footerRows = footerMessage ? noticeRows(footerMessage.text, columns, shown ? Math.floor(rows / 2) : 1) : null;
	const bodyRows = rows - Math.max(0, (footerRows?.length ?? 1) - 1);
	const searching = useSearch(search, showing.kind === 'search' || showing.kind === 'results', stateRef, setState);
	const settings = {commands: config.commands, maxTextWidth: config.textWidth, dates: config.dateFormat};
	const data: AppData = {
		library,
		summaries,
		snapshot,
		bodies,
		columns,
		rows: bodyRows,
		now: now(),
		...settings,
		...(feeds ? {feedsIn: feeds.feedsIn} : {}),
		...(search ? {search} : {}),
	};
	const dataRef = useRef(data);
	dataRef.current = data;
	const view = viewModel(state, data);

	const resting = view.selection?.kind === 'article' ? view.selection.meta.id : view.selection?.kind === 'bookmark' ? view.selection.bookmark.id : null;
	const widthNow = useCallback(() => textWidth(dataRef.current.columns, config.textWidth), [config.textWidth]);
	useBodyLoading(bodies, wanted, wantedLoad, resting, widthNow, now, config.dateFormat);
	const perform = usePerform({store, bodies, platform, feeds, bumpStore, setMessage});
	// `|`'s prompt answers through Ink, outside the key loop: it leaves its screen itself, and the
	// Enter that closed it reaches the reader's own keys too, from the same read of stdin: until that
	// read is over it must not also open the row under the cursor. The screens the loop types into
	// (inputKeys) leave from the loop itself, and the keys after their Enter are the reader's.
	const closing = useRef(false);
	// The reader's handling of a key, for keys a closing input screen hands back (set below).
	const readerKey = useRef<(key: string) => void>(() => undefined);
	const inputKeys = useInputKeys(key => readerKey.current(key));
	const leave = useCallback(
		(fromInk = true): void => {
			inputKeys.close(top(stateRef.current));
			if (fromInk) {
				closing.current = true;
				setImmediate(() => {
					closing.current = false;
				});
			}
			const next = reduce(stateRef.current, {type: 'back'});
			stateRef.current = next;
			setState(next);
		},
		[inputKeys],
	);
	const input = useMemo(
		() =>
			feeds
				? {
						addFeed: (url: string) => feeds.add(url),
						added: (text: string) => {
							if (top(stateRef.current).kind === 'prompt') leave(false);
							setMessage({text, error: false});
						},
						unsubscribe: (section: string, yes: boolean) => {
							leave(false);
							if (!yes) return;
							const answer = feeds.unsubscribe(section);
							setMessage(answer.ok ? {text: answer.message, error: false} : {text: answer.reason, error: true});
						},
					}
				: undefined,
		[feeds, leave],
	);

	// The link menu's choice: the browser or the clipboard as o and y do, or the link shown on its own.
	const onLinkChoice = useCallback(
		(url: string, choice: LinkChoice): void => {
			leave(false);
			if (choice === 'open' || choice === 'copy') {
				setMessage(null);
				perform(choice === 'open' ? {type: 'openLink', url} : {type: 'copy', text: url, what: 'link'});
				return;
			}
			const next = reduce(stateRef.current, {type: 'push', screen: {kind: 'showLink', url, as: choice}});
			stateRef.current = next;
			setState(next);
		},
		[leave, perform],
	);

	// An article opened before its body was in is marked read when the load finishes, and only if it
	// loaded: a file deleted since it was listed stays unread (core/reader's settleRead).
	useEffect(() => {
		const settle = (): void => {
			const settled = settleRead(stateRef.current, {...dataRef.current, snapshot: store.snapshot()});
			if (!settled) return;
			for (const effect of settled.effects) perform(effect);
			stateRef.current = settled.state;
			setState(settled.state);
		};
		// Once now too: the start state may be an article (newsterm open) whose body is in already.
		settle();
		return bodies.subscribe(settle);
	}, [bodies, store, perform]);

	readerKey.current = (key: string): void => {
		onInput?.();
		if (closing.current) return;
		if (inputKeys.route(top(stateRef.current), key)) return;
		searching.onKey(key);
		// Read the store fresh: an earlier key in the same read may have changed it.
		const result = update(stateRef.current, {...dataRef.current, snapshot: store.snapshot()}, key);
		if (!result) return;
		setMessage(null);
		// A notice beside a store change acknowledges it, and must say so when the change is not saved.
		const change = result.effects.some(effect => effect.type === 'setRead' || effect.type === 'setReadMany' || effect.type === 'setBookmark');
		for (const effect of result.effects) perform(effect, change);
		stateRef.current = result.state;
		setState(result.state);
	};
	useKeys(key => readerKey.current(key), showing.kind === 'prompt' || showing.kind === 'confirm' || showing.kind === 'linkMenu' || showing.kind === 'search');
	const pipe = usePipe({platform, bodies, setMessage, leave, prompting: showing.kind === 'prompt'});

	useEffect(() => {
		onBeforeExit?.(() => {
			for (const effect of placeOnExit(stateRef.current, {...dataRef.current, snapshot: store.snapshot()})) {
				if (effect.type === 'setPlace') store.setPlace(effect.id, effect.place);
			}
		});
	}, [onBeforeExit, store]);

	// biome-ignore lint/correctness/useExhaustiveDependencies: leaving happens once, when quitting turns true; onExit and exit are not reasons to run it again.
	useEffect(() => {
		if (!state.quitting) return;
		onExit?.();
		exit();
	}, [state.quitting]);

	const header = headerText(state, view);
	// While a cold scan runs the lists fill in; the header says so, so a short count is not mistaken for all.
	const place = scanning && view.screen.kind === 'sections' ? `reading… ${metas.length}` : header.position;
	const refreshing = refreshLabel(feedsState.progress);
	const position = markUnsaved(refreshing && place ? `${refreshing} · ${place}` : refreshing || place, saveError !== null);
	if (showing.kind === 'showLink') {
		return (
			<ThemeContext.Provider value={theme}>
				<ShowLinkScreen url={showing.url} as={showing.as} columns={columns} rows={rows} />
			</ThemeContext.Provider>
		);
	}
	return (
		<ThemeContext.Provider value={theme}>
			<Box flexDirection="column" width={columns} height={rows}>
				<Header location={header.location} position={position} width={columns} />
				<Box flexDirection="column" height={view.bodyHeight} overflow="hidden">
					<ScreenBody
						view={view}
						data={data}
						scanning={scanning || (folders !== undefined && skipped === null)}
						{...(folders && skipped && metas.length === 0 ? {empty: emptyLibraryLines(folders, skipped, view.bodyHeight)} : {})}
						{...(!folders && feeds && metas.length === 0 ? {empty: noItemsLines(feedsState.progress)} : {})}
						{...(feedsState.errors.size > 0 ? {sectionErrors: feedsState.errors} : {})}
						{...(input ? {input} : {})}
						{...(pipe ? {pipe} : {})}
						onLinkChoice={onLinkChoice}
						keys={inputKeys.queueFor(showing)}
						search={searching.props}
					/>
				</Box>
				{view.find?.typing ? (
					<FindPrompt pattern={view.find.pattern} count={view.find.matches.length} width={columns} />
				) : (
					<Footer
						hints={footerHints(hintFacts(state, data, view), columns, config.commands)}
						message={footerMessage && footerRows ? {rows: footerRows, error: footerMessage.error, ...(shown?.link ? {link: shown.link} : {})} : null}
						width={columns}
					/>
				)}
			</Box>
		</ThemeContext.Provider>
	);
}
