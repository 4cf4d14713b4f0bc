/** The chart's one context: the container sets it, every layer reads it with useChart(). */
import { getContext, setContext } from 'svelte';
import type { Chart } from './chart.svelte';

const KEY = Symbol('chart');

export function setChartContext(chart: Chart): Chart {
	return setContext(KEY, chart);
}

export function useChart(): Chart {
	const chart = getContext<Chart | undefined>(KEY);
	if (!chart) throw new Error('A chart layer was used outside <Timeline>.');
	return chart;
}
