import type { ParamMatcher } from '@sveltejs/kit';
import { isLanguageSegment } from '$lib/i18n/languages';

export const match: ParamMatcher = (param) => isLanguageSegment(param);
