import { afterAll } from '@jest/globals';
import { removeRunnerDirs } from '../harness/index.ts';

// Tests leave nothing in /tmp: the job roots the harness made for a test file go when it ends.
afterAll(() => removeRunnerDirs());
