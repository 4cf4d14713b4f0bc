/** Loads one language's messages; each catalogue is its own chunk, so a page ships only its own. */
import type { Language } from './languages';
import type { Messages } from './messages/en';

export type { Messages };

const loaders: Record<Language, () => Promise<{ default: Messages }>> = {
	en: () => import('./messages/en'),
	ja: () => import('./messages/ja'),
	'zh-Hant': () => import('./messages/zh-hant')
};

export async function loadMessages(lang: Language): Promise<Messages> {
	return (await loaders[lang]()).default;
}
