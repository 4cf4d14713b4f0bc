/**
 * Loads one language's interface text and date locale (each its own chunk, so a page ships only
 * its own), and joins them with what the dataset says about itself into the messages pages use.
 */
import type { Locale } from 'date-fns';
import type { SiteText } from '$lib/data/identity';
import { languageRecord, type Language, type Typography } from './languages';
import type { Catalogue } from './messages/en';

export type { Catalogue };

/** A catalogue with its date-fns locale: everything a language's interface needs. */
export type Interface = Catalogue & {
	/** date-fns locale: month and weekday names. */
	dateLocale: Locale;
	/** The language itself, for the formats that take it (formatNumber, formatList). */
	lang: Language;
	/** Its punctuation and citation conventions, from the language registry. */
	typography: Typography;
};

/** What pages and components read: the interface text and the dataset's own texts. */
export type Messages = Interface & SiteText;

export async function loadInterface(lang: Language): Promise<Interface> {
	const record = languageRecord(lang);
	const [catalogue, dateLocale] = await Promise.all([record.catalogue(), record.dateLocale()]);
	return { ...catalogue.default, dateLocale, lang, typography: record.typography };
}

export async function loadMessages(lang: Language, site: SiteText): Promise<Messages> {
	return { ...(await loadInterface(lang)), ...site };
}
