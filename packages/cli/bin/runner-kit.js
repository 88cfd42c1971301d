#!/usr/bin/env node
// npm links a workspace's `bin` only from inside the package; the command itself is the bundle
// `npm run build` writes to dist/cli (which also ships in releases). Importing it runs it.
import '../../../dist/cli/main/index.js';
