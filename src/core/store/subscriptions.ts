/**
 * Feed subscriptions as the store keeps them. The store holds what the user chose (which feeds,
 * under which section); what a fetch learns (items, ETags, errors) lives in the archive
 * (io/archive), so a refresh never rewrites the config file unless a feed moved for good.
 */

/** One feed the user subscribed to. */
export interface Subscription {
	/**
	 * The feed's key: 10 characters of `[0-9a-z]` hashed from the URL it was first added with
	 * (core/article `feedSource` without its `@`). Its items' ids start `@<key>/`. It never changes,
	 * so a feed that moves (a permanent redirect) keeps its items' read marks and bookmarks.
	 */
	readonly key: string;
	/** Where the feed is fetched from now (absolute http or https). */
	readonly url: string;
	/** The feed's title as last fetched, or as the OPML file named it. */
	readonly title: string;
	/** The section the user chose (`--section`, an OPML category); null lists the feed under its title. */
	readonly section: string | null;
	/** When it was added, milliseconds since the epoch: `feeds` lists in this order. */
	readonly added: number;
}
