import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { loadDataset } from '$lib/data/load.server';
import { datasetSchema, vocabularyOf } from '$lib/data/schema';
import { DEFAULT_LANGUAGE } from '$lib/i18n/languages';

export const prerender = true;

/**
 * JSON Schema for the data file, generated from the zod schema with the sections, actors and
 * themes its meta declares.
 */
export function GET() {
	const { meta } = loadDataset();
	return json({
		$id: '/events.schema.json',
		title: `${meta.title[DEFAULT_LANGUAGE]}: eras and events`,
		...z.toJSONSchema(datasetSchema(vocabularyOf(meta)), { io: 'input', unrepresentable: 'any' })
	});
}
