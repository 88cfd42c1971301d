import { parseArgs } from 'node:util';
import { ConfigurationError, describeError, isExpectedError, untrusted } from '@runner-kit/core';
import cliPackage from '../package.json' with { type: 'json' };
import { exporterCommand } from './exporter.ts';
import { healthCommand } from './health.ts';
import { voskCommand } from './vosk.ts';

/** sysexits' EX_USAGE: apart from the health statuses 0-2. */
const EXIT_USAGE = 64;

const USAGE = `runner-kit — tools for self-hosted runner admins

Usage:
  runner-kit --help | --version
  runner-kit vosk prefetch <model…> [--cache-dir DIR] [--base-url URL | --url URL] [--sha256 HEX] [--checksums FILE] [--retries N]
  runner-kit vosk list    [--cache-dir DIR] [--json]
  runner-kit vosk verify  [model…] [--cache-dir DIR] [--full]
  runner-kit vosk prune   --max-size SIZE [--cache-dir DIR] [--dry-run]
  runner-kit health       [--json] [--cache-path DIR]… [--network-check URL]… [--network-timeout 3s] [--thresholds JSON] [--workspace DIR]
  runner-kit exporter     [--listen HOST:PORT | --textfile DIR [--interval 15s] [--once]] [--runner-name NAME] [--labels L1,L2,…]
                          [--workspace DIR] [--cache-path DIR]… [--cache-dir DIR [--cache-max-size SIZE]] [--thresholds JSON]

--cache-dir defaults to $RUNNER_TOOL_CACHE/runner-kit/vosk, where setup-vosk looks on that runner.
--network-check defaults to https://api.github.com for health (pass --network-check '' to skip) and to none for exporter.
--listen defaults to 127.0.0.1:9464; the exporter serves /metrics and /healthz until SIGTERM or SIGINT.
Exit status: vosk: 0 ok, 1 failed (or damaged entries found by verify); health: 0 healthy, 1 degraded,
2 unhealthy; 64 usage error.`;

/** Entry point: `runner-kit <area> <command> …`. Sets the exit code; never throws. */
export async function run(argv: string[] = process.argv.slice(2)): Promise<void> {
  try {
    const { positionals, values } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'cache-dir': { type: 'string' },
        'base-url': { type: 'string' },
        url: { type: 'string' },
        sha256: { type: 'string' },
        checksums: { type: 'string' },
        retries: { type: 'string' },
        'max-size': { type: 'string' },
        json: { type: 'boolean' },
        full: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        'cache-path': { type: 'string', multiple: true },
        'network-check': { type: 'string', multiple: true },
        'network-timeout': { type: 'string' },
        thresholds: { type: 'string' },
        workspace: { type: 'string' },
        listen: { type: 'string' },
        textfile: { type: 'string' },
        interval: { type: 'string' },
        once: { type: 'boolean' },
        'runner-name': { type: 'string' },
        labels: { type: 'string' },
        'cache-max-size': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
    const [area, command, ...rest] = positionals;
    if (values.help) {
      console.log(USAGE);
      return;
    }
    if (values.version) {
      console.log(cliPackage.version);
      return;
    }
    if (!area) throw new ConfigurationError('no command given');
    if ((area === 'health' || area === 'exporter') && !command) {
      // `--network-check ''` turns the checks off.
      const flags = { ...values, 'network-check': values['network-check']?.filter((url) => url !== '') };
      process.exitCode = await (area === 'health' ? healthCommand(flags) : exporterCommand(flags));
      return;
    }
    if (area !== 'vosk' || !command) throw new ConfigurationError(`unknown command '${positionals.join(' ')}'`);
    process.exitCode = await voskCommand(command, rest, values);
  } catch (error: unknown) {
    const usage = error instanceof ConfigurationError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    console.error(`runner-kit: ${untrusted(describeError(error))}`);
    if (usage) console.error(`\n${USAGE}`);
    else if (!isExpectedError(error) && error instanceof Error && error.stack) console.error(error.stack);
    process.exitCode = usage ? EXIT_USAGE : 1;
  }
}
