export { runAction, makeRunnerDirs, removeRunnerDirs, inputEnvName, spawnNode, type ActionRun, type RunActionOptions, type RunnerDirs, type StepResult } from './run-action.ts';
export { parseKeyValueFile, parseWorkflowCommands, type WorkflowCommand } from './file-commands.ts';
export { node24, repoRoot } from './node24.ts';
export { shippedAsset } from './shipped-asset.ts';
export { bundledRecorderScript, waitForFrames } from './perf-recorder.ts';
