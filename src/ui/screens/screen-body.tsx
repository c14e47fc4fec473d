import {HelpScreen} from './help.js';
import {ArticleScreen} from './article.js';
import {BookmarksScreen} from './bookmarks.js';
import {HeadlinesScreen} from './headlines.js';
import {SectionsScreen} from './sections.js';
import {TeaserScreen} from './teaser.js';
import {PipePromptScreen, PromptScreen} from './prompt.js';
import {ConfirmScreen} from './confirm.js';
import {type LinkChoice, LinkMenuScreen} from '../links/index.js';
import {SearchScreen} from './search.js';
import type {SearchProgress} from '../../core/search/index.js';
import type {FeedsAnswer} from '../../core/library/index.js';
import type {AppData, ViewModel} from '../../core/reader/index.js';
import {createKeyQueue, type KeyQueue} from '../hooks/index.js';

/** Props: the derived view and the data it came from. */
export interface ScreenBodyProps {
	readonly view: ViewModel;
	readonly data: AppData;
	/** Whether the source is still listing articles. */
	readonly scanning?: boolean;
	/** What the Sections screen says when the library is empty (see SectionsProps). */
	readonly empty?: readonly string[];
	/** A failing feed's error by section, drawn beside the section. */
	readonly sectionErrors?: ReadonlyMap<string, string>;
	/** What the prompt and the Yes/No menu call. */
	readonly input?: InputHandlers;
	/** What the link menu calls with the choice made for its URL. */
	readonly onLinkChoice?: (url: string, choice: LinkChoice) => void;
	/** What `|`'s prompt offers and calls; without it the prompt shows nothing. */
	readonly pipe?: PipeHandlers;
	/** The keys the reader's loop read for the add-feed prompt, the Yes/No menu or the link menu on top. */
	readonly keys?: KeyQueue;
	/** The search's progress (null without an index) and what a typed query goes to. */
	readonly search?: {readonly progress: SearchProgress | null; readonly onQuery: (query: string) => void; readonly onShown: (query: string) => void};
}

/** The App's side of `|`'s prompt: the last command, and running a line typed for an article. */
interface PipeHandlers {
	readonly initial: string;
	readonly submit: (id: string, command: string) => void;
}

/** The App's answers to the screens that take typed input or a choice. */
interface InputHandlers {
	readonly addFeed: (url: string) => Promise<FeedsAnswer>;
	/** The feed was added: leave the prompt and say so. */
	readonly added: (message: string) => void;
	readonly unsubscribe: (section: string, yes: boolean) => void;
}

/** Without the App's queue (a screen drawn on its own) no key reaches the inputs. */
const NO_KEYS = createKeyQueue();

/** Draws the body of whichever screen is on top of the stack. */
export function ScreenBody({view, data, scanning = false, empty, sectionErrors, input, pipe, onLinkChoice, keys = NO_KEYS, search}: ScreenBodyProps) {
	const {screen, bodyHeight: height} = view;
	const width = data.columns;
	const isRead = (id: string): boolean => data.snapshot.read.has(id);
	const pos = view.pos ?? {cursor: 0, offset: 0};
	switch (screen.kind) {
		case 'sections':
			return (
				<SectionsScreen
					summaries={data.summaries()}
					unreadRow={view.unreadRow}
					pos={pos}
					height={height}
					width={width}
					scanning={scanning}
					{...(empty ? {empty} : {})}
					{...(sectionErrors ? {errors: sectionErrors} : {})}
				/>
			);
		case 'headlines':
			return (
				<HeadlinesScreen
					headlines={view.rows}
					pos={pos}
					height={height}
					width={width}
					isRead={isRead}
					inProgress={id => data.snapshot.places.has(id)}
					isBookmarked={id => data.snapshot.bookmarks.has(id)}
					now={data.now}
				/>
			);
		case 'bookmarks':
			return (
				<BookmarksScreen
					bookmarks={view.bookmarks}
					pos={pos}
					height={height}
					width={width}
					isRead={isRead}
					exists={id => data.library.get(id) !== undefined}
					now={data.now}
				/>
			);
		case 'article':
			return (
				<ArticleScreen
					load={view.load ?? {status: 'loading'}}
					layout={view.layout}
					scroll={view.scroll}
					height={height}
					selectedLink={screen.link}
					find={view.find}
				/>
			);
		case 'teaser':
			return <TeaserScreen title={screen.title} teaser={screen.teaser} section={screen.section} reason={screen.reason} width={width} height={height} />;
		case 'help':
			return <HelpScreen scroll={view.scroll} height={height} width={width} {...(data.commands ? {commands: data.commands} : {})} />;
		case 'prompt':
			if (screen.purpose === 'pipe')
				return pipe ? <PipePromptScreen width={width} initial={pipe.initial} onSubmit={line => pipe.submit(screen.id, line)} /> : null;
			return input ? <PromptScreen key={keys.id} width={width} onSubmit={input.addFeed} onDone={input.added} keys={keys} /> : null;
		case 'search':
		case 'results':
			return (
				<SearchScreen
					query={screen.query}
					typing={screen.kind === 'search'}
					results={view.rows}
					found={view.total}
					pos={pos}
					height={height}
					width={width}
					progress={search?.progress ?? null}
					onQuery={search?.onQuery ?? (() => undefined)}
					{...(search ? {onShown: search.onShown} : {})}
					isRead={isRead}
					inProgress={id => data.snapshot.places.has(id)}
					isBookmarked={id => data.snapshot.bookmarks.has(id)}
					now={data.now}
				/>
			);
		case 'confirm':
			return input ? (
				<ConfirmScreen
					key={keys.id}
					section={screen.section}
					feeds={data.feedsIn?.(screen.section) ?? []}
					onAnswer={yes => input.unsubscribe(screen.section, yes)}
					keys={keys}
				/>
			) : null;
		case 'linkMenu':
			return (
				<LinkMenuScreen key={keys.id} url={screen.url} title={screen.title} width={width} onChoose={choice => onLinkChoice?.(screen.url, choice)} keys={keys} />
			);
		case 'showLink':
			// The App draws it over the whole terminal, without header and footer.
			return null;
	}
}
