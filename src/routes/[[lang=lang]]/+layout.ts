import { loadMessages } from '$lib/i18n/catalogue';

export async function load({ data }) {
	return { ...data, m: await loadMessages(data.lang) };
}
