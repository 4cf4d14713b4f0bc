import { error } from '@sveltejs/kit';
import { loadDataset } from '$lib/data/load.server';
import { siteText } from '$lib/data/identity';
import { localizeEras, localizeEvents, type TimelineEvent } from '$lib/data/localize';
import { loadInterface } from '$lib/i18n/catalogue';
import { siteLanguages, type Language } from '$lib/i18n/languages';
import { SITE_ORIGIN } from '$lib/site';
import { eventCard, siteCard, type CardContext } from '$lib/share/content';
import { cardSegment, languageFromCardSegment, SITE_CARD_ID } from '$lib/share/paths';
import { renderCard } from '$lib/share/render.server';

/** Share cards are drawn once, at build time, like every page. */
export const prerender = true;

/** Every event's card and the site's; the data's validation keeps events off the site's id. */
export function entries() {
	const data = loadDataset();
	const ids = data.events.map((event) => event.id);
	return siteLanguages(data.meta.languages).flatMap((lang) =>
		[SITE_CARD_ID, ...ids].map((id) => ({ lang: cardSegment(lang), id }))
	);
}

/** Each language's events and card context, localised once for all of its cards. */
const localized = new Map<Language, { events: TimelineEvent[]; context: CardContext }>();

async function inLanguage(lang: Language) {
	let found = localized.get(lang);
	if (!found) {
		const data = loadDataset();
		const ui = await loadInterface(lang);
		found = {
			events: localizeEvents(data, lang, ui),
			context: {
				lang,
				m: { ...ui, ...siteText(data, lang, ui) },
				eras: localizeEras(data, lang),
				host: new URL(SITE_ORIGIN).host
			}
		};
		localized.set(lang, found);
	}
	return found;
}

/** One share card (1200×630 PNG): an event's, or the site's when the id is "site". */
export async function GET({ params }) {
	const lang = languageFromCardSegment(params.lang);
	if (!lang) error(404, 'Not found');
	const { events, context } = await inLanguage(lang);
	let svg: string;
	if (params.id === SITE_CARD_ID) svg = siteCard(events, context);
	else {
		const event = events.find((e) => e.id === params.id);
		if (!event) error(404, 'Not found');
		svg = eventCard(event, context);
	}
	return new Response(await renderCard(svg, lang), {
		headers: { 'content-type': 'image/png' }
	});
}
