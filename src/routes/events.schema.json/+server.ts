import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { datasetSchema } from '$lib/data/schema';

export const prerender = true;

/** JSON Schema for data/events.json, generated from the zod schema. */
export function GET() {
	return json({
		$id: '/events.schema.json',
		title: 'U.S.–Russia relations timeline: eras and events',
		...z.toJSONSchema(datasetSchema, { io: 'input', unrepresentable: 'any' })
	});
}
