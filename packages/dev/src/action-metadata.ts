import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { repoRoot } from './entries.ts';

/** An action.yml input as documented. */
export interface InputSpec {
  name: string;
  description: string;
  required: boolean;
  default?: string;
}

/** The parts of an action.yml that docs and checks need. */
export interface ActionMetadata {
  name: string;
  description: string;
  author?: string;
  branding?: { icon?: string; color?: string };
  inputs: InputSpec[];
  outputs: { name: string; description: string }[];
  runs: { using: string; main?: string; post?: string; 'post-if'?: string };
}

interface RawAction {
  name?: string;
  description?: string;
  author?: string;
  branding?: { icon?: string; color?: string };
  inputs?: Record<string, { description?: string; required?: boolean; default?: unknown }>;
  outputs?: Record<string, { description?: string }>;
  runs?: ActionMetadata['runs'];
}

/** Reads `actions/<action>/action.yml` (or any action.yml path). */
export function readActionMetadata(actionOrFile: string): ActionMetadata {
  const file = actionOrFile.endsWith('.yml') ? actionOrFile : path.join(repoRoot, 'actions', actionOrFile, 'action.yml');
  const raw = parseYaml(readFileSync(file, 'utf8')) as RawAction;
  return {
    name: raw.name ?? '',
    description: raw.description ?? '',
    ...(raw.author ? { author: raw.author } : {}),
    ...(raw.branding ? { branding: raw.branding } : {}),
    inputs: Object.entries(raw.inputs ?? {}).map(([name, spec]) => ({
      name,
      description: spec.description ?? '',
      required: spec.required === true,
      ...(spec.default !== undefined ? { default: scalarText(spec.default) } : {}),
    })),
    outputs: Object.entries(raw.outputs ?? {}).map(([name, spec]) => ({ name, description: spec.description ?? '' })),
    runs: raw.runs ?? { using: '' },
  };
}

/** A YAML scalar as the runner passes it (`true`, `2`, text); anything else as JSON. */
function scalarText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}
