/** GitHub matches `runs-on` labels case-insensitively, so every comparison here does too. */
const fold = (label: string) => label.toLowerCase();

/** True when `have` contains every label in `want`, ignoring case. */
export function hasAllLabels(have: readonly string[], want: readonly string[]): boolean {
  const set = new Set(have.map(fold));
  return want.every((label) => set.has(fold(label)));
}

/**
 * The ARC runner scale set that `labels` target, if any. A scale set is addressed by its name
 * (optionally together with the generic `self-hosted` label), so the labels are covered when
 * one of them is a scale-set name and every other one is `self-hosted`.
 */
export function coveringScaleSet(labels: readonly string[], scaleSets: readonly string[]): string | undefined {
  return scaleSets.find((name) => {
    const folded = fold(name);
    return labels.some((label) => fold(label) === folded) && labels.every((label) => fold(label) === folded || fold(label) === 'self-hosted');
  });
}
