/** Where share cards live: /og/<lang>/<id>.png for each event, and /og/<lang>/site.png. */
import { base } from '$app/paths';
import { SITE_CARD_ID } from '$lib/data/reserved-ids';
import { LANGUAGES, type Language } from '$lib/i18n/languages';

/** The id of each language's card for the site itself; the validator refuses an event using it. */
export { SITE_CARD_ID };

/** Card URLs name the language by its lower-case tag (en, ja, zh-hant), English included. */
export function cardSegment(lang: Language): string {
	return lang.toLowerCase();
}

export function languageFromCardSegment(segment: string): Language | undefined {
	return LANGUAGES.find((lang) => cardSegment(lang) === segment);
}

/** Path of an event's card, or of the site's card when no id is given. */
export function cardPath(lang: Language, id: string = SITE_CARD_ID): string {
	return `${base}/og/${cardSegment(lang)}/${encodeURIComponent(id)}.png`;
}
