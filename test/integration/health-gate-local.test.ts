import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { makeRunnerDirs, runAction } from '../harness/index.ts';

let server: Server;
let origin: string;
let hanging: Server;
let hangingOrigin: string;

const listen = async (s: Server) => {
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
};

beforeAll(async () => {
  server = createServer((_, response) => response.end('ok'));
  origin = await listen(server);
  hanging = createServer(() => {}); // accepts, never answers
  hangingOrigin = await listen(hanging);
});

afterAll(async () => {
  hanging.closeAllConnections();
  await Promise.all([new Promise((r) => server.close(r)), new Promise((r) => hanging.close(r))]);
});

interface Report {
  score: number;
  status: string;
  recommendation: string;
  problems: string[];
  findings: { measure: string; subject?: string; value: string; threshold: string; penalty: number }[];
  measures: { network: { url: string; ok: boolean; ms: number }[] };
}

describe('health-gate local mode through the runner protocol', () => {
  it('scores this machine and reports every measure in outputs and the summary', async () => {
    const dirs = makeRunnerDirs();
    const { main } = await runAction('health-gate', { runnerEnvironment: 'self-hosted', dirs, inputs: { 'cache-paths': dirs.toolCache, 'network-check': origin } });
    expect(main.exitCode).toBe(0);
    const report = JSON.parse(main.outputs['report']!) as Report;
    expect(main.outputs['score']).toBe(String(report.score));
    expect(main.outputs['status']).toBe(report.status);
    expect(main.outputs['recommendation']).toBe(report.recommendation);
    expect(report.score).toBeGreaterThanOrEqual(0);
    expect(report.score).toBeLessThanOrEqual(100);
    expect(report.findings.length).toBeGreaterThanOrEqual(7);
    expect(report.findings.some((f) => f.value.includes(origin) || f.measure.includes(origin))).toBe(true);
    expect(main.summary).toContain('### ');
    expect(main.summary).toContain('| measure | value | threshold (warn / critical) | penalty |');
    // Paths and URLs are named [1], [2]… in the table and listed under it.
    for (const { measure, subject } of report.findings) {
      if (subject === undefined) expect(main.summary).toContain(`| ${measure} |`);
      else expect(main.summary).toMatch(new RegExp(`^\\| ${measure.slice(0, -subject.length - 1)} \\[(\\d)\\] \\|[^]*\\[\\1\\] \`${subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\``, 'm'));
    }
  });

  it('a missing cache path and an unreachable URL cost points and are named', async () => {
    const dirs = makeRunnerDirs();
    const missing = path.join(dirs.root, 'no-such-cache');
    const closedPort = 'http://127.0.0.1:9/';
    const healthy = JSON.parse((await runAction('health-gate', { dirs, inputs: { 'network-check': '' } })).main.outputs['report']!) as Report;
    const { main } = await runAction('health-gate', { dirs, inputs: { 'cache-paths': missing, 'network-check': closedPort, 'network-timeout': '500ms' } });
    expect(main.exitCode).toBe(0);
    const report = JSON.parse(main.outputs['report']!) as Report;
    expect(report.score).toBeLessThan(healthy.score);
    expect(report.problems.some((p) => p.includes(missing))).toBe(true);
    expect(report.problems.some((p) => p.includes(closedPort))).toBe(true);
  });

  it('a network check never takes longer than its timeout', async () => {
    const { main } = await runAction('health-gate', { inputs: { 'network-check': hangingOrigin, 'network-timeout': '400ms' } });
    expect(main.exitCode).toBe(0);
    const report = JSON.parse(main.outputs['report']!) as Report;
    expect(report.problems.some((p) => p.includes(hangingOrigin))).toBe(true);
    // The server never answers: the step ending at all shows the timeout worked; the check itself
    // took its 400 ms (generous bounds: a loaded machine fires timers late).
    const check = report.measures.network.find((c) => c.url === hangingOrigin)!;
    expect(check.ms).toBeGreaterThanOrEqual(390);
    expect(check.ms).toBeLessThan(400 + 2000);
  });

  it('fail-below fails the step with the reasons; other thresholds are overridable', async () => {
    // CPU contention is judged by pressure where the kernel has it, else by load: make either cost 60.
    const thresholds = JSON.stringify({ loadPerCore: { warn: 0, critical: 0, weight: 60 }, cpuPressurePercent: { warn: 0, critical: 0, weight: 60 } });
    const { main } = await runAction('health-gate', { inputs: { 'network-check': '', thresholds, 'fail-below': '50' } });
    expect(main.exitCode).toBe(1);
    const error = main.annotations.find((a) => a.command === 'error');
    expect(error?.message).toMatch(/^Runner health score \d+ is below fail-below 50: /);
    expect(main.outputs['status']).toBe('unhealthy');
    expect(main.outputs['recommendation']).toBe('use-fallback');
  });

  it.each([
    [{ mode: 'remote' }, "Input 'mode' has the value 'remote'; expected one of local, dispatch."],
    [{ 'fail-below': 'high' }, "Input 'fail-below' has the value 'high'; expected a whole number from 0 to 100."],
    [{ 'network-check': 'ftp://example.test' }, "Input 'network-check' has 'ftp://example.test'; expected http:// or https:// URLs"],
    [{ 'network-timeout': 'soon' }, "Input 'network-timeout' has the value 'soon'; expected a duration"],
    [{ 'network-timeout': '2000h' }, "Input 'network-timeout' has the value '2000h'; expected a duration from 1ms to 10m"],
    [{ thresholds: '{"cpu": {"warn": 1}}' }, "Input 'thresholds' has the unknown measure 'cpu'"],
    [{ thresholds: '{"loadPerCore": {"warn": "high"}}' }, "Input 'thresholds': 'loadPerCore.warn' must be a number ≥ 0."],
    [{ mode: 'dispatch', labels: 'self-hosted' }, "Input 'github-token' is required; expected a token."],
    [{ mode: 'dispatch', 'github-token': 't0ken-value' }, "Input 'labels' is required in dispatch mode"],
  ])('rejects %p naming the input', async (inputs, message) => {
    const { main } = await runAction('health-gate', { inputs });
    expect(main.exitCode).toBe(1);
    const errors = main.annotations.filter((a) => a.command === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain(message);
    expect(main.stdout).not.toContain('t0ken-value\n');
  });
});
