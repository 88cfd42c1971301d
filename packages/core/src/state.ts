import * as core from './workflow-commands.ts';

/**
 * A typed value handed from `main` to `post` through the runner's state file (`GITHUB_STATE` →
 * `STATE_<name>`). Stored as JSON under one name so a config object survives whole.
 */
export class StepState<T> {
  constructor(
    private readonly name: string,
    private readonly isValid: (value: unknown) => value is T,
  ) {}

  save(value: T): void {
    core.saveState(this.name, JSON.stringify(value));
  }

  /** The saved value, or undefined when main did not save one (it failed early or was skipped). */
  load(): T | undefined {
    const text = core.getState(this.name);
    if (text === '') return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return undefined;
    }
    return this.isValid(parsed) ? parsed : undefined;
  }
}
