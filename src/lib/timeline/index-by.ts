/** A lookup from each value's key to the value (the last one wins on a repeated key). */
export function indexBy<T, K>(
	values: readonly T[],
	key: (value: T, index: number) => K
): ReadonlyMap<K, T> {
	return new Map(values.map((value, i) => [key(value, i), value]));
}
