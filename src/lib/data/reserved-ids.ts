/**
 * Event ids the site's routes already use for something else. The validator refuses them, and
 * with it `npm run validate` and the build, which validates the data before anything else.
 */

/** The id of each language's share card for the site itself: /og/<lang>/site.png. */
export const SITE_CARD_ID = 'site';

/** Each reserved id, with what uses it, for the contributor who picked it. */
export const RESERVED_EVENT_IDS: ReadonlyMap<string, string> = new Map([
	[SITE_CARD_ID, `the site's own share card (/og/<lang>/${SITE_CARD_ID}.png)`]
]);
