import { ConfigurationError } from '../errors.ts';
import type { HealthThresholds } from './score.ts';

/**
 * Merges a JSON override such as `{"loadPerCore": {"warn": 1.5}, "network": {"weight": 0}}`
 * into `defaults`. Unknown measures or fields, and non-numbers, are refused by name.
 */
export function parseThresholds(text: string | undefined, defaults: HealthThresholds): HealthThresholds {
  if (!text) return defaults;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ConfigurationError(`Input 'thresholds' is not valid JSON; expected an object such as {"loadPerCore": {"warn": 1.5, "critical": 3}}.`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigurationError(`Input 'thresholds' must be a JSON object keyed by measure: ${Object.keys(defaults).join(', ')}.`);
  }
  const merged = structuredClone(defaults) as unknown as Record<string, Record<string, number>>;
  for (const [measure, override] of Object.entries(parsed)) {
    const current = merged[measure];
    if (!current) throw new ConfigurationError(`Input 'thresholds' has the unknown measure '${measure}'; expected one of ${Object.keys(defaults).join(', ')}.`);
    if (typeof override !== 'object' || override === null || Array.isArray(override)) {
      throw new ConfigurationError(`Input 'thresholds': '${measure}' must be an object of ${Object.keys(current).join(', ')}.`);
    }
    for (const [field, value] of Object.entries(override as Record<string, unknown>)) {
      if (!(field in current)) throw new ConfigurationError(`Input 'thresholds': '${measure}' has no field '${field}'; expected ${Object.keys(current).join(', ')}.`);
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        throw new ConfigurationError(`Input 'thresholds': '${measure}.${field}' must be a number ≥ 0.`);
      }
      current[field] = value;
    }
  }
  return merged as unknown as HealthThresholds;
}
