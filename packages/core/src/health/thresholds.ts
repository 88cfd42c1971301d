import { ConfigurationError } from '../errors.ts';
import type { Inputs } from '../inputs.ts';
import type { HealthThresholds } from './score.ts';

/**
 * Merges input `thresholds`, a JSON override such as `{"loadPerCore": {"warn": 1.5}, "network": {"weight": 0}}`
 * into `defaults`. Unknown measures or fields, and non-numbers, are refused by name.
 */
export function readThresholds(inputs: Inputs, defaults: HealthThresholds): HealthThresholds {
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  const parsed = inputs.json('thresholds', isObject, `a JSON object keyed by measure (${Object.keys(defaults).join(', ')}), such as {"loadPerCore": {"warn": 1.5, "critical": 3}}`);
  if (!parsed) return defaults;
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
