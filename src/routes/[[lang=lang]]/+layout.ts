import { loadInterface } from '$lib/i18n/catalogue';

export async function load({ data }) {
	return { ...data, m: { ...(await loadInterface(data.lang)), ...data.text } };
}
