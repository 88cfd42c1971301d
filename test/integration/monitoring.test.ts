import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { HEALTHY_RUNNERS_RULE } from '../../packages/core/src/fleet/label-set.ts';
import { FLEET_METRICS } from '../../packages/core/src/fleet/metrics.ts';
import { requireTool } from '../fixtures/prometheus.ts';
import { repoRoot } from '../harness/index.ts';

// The alert and recording rules and the Grafana dashboard, checked with Debian's promtool.
const PROMETHEUS_DIR = path.join(repoRoot, 'monitoring', 'prometheus');
const RULES = path.join(PROMETHEUS_DIR, 'runner-kit.rules.yml');
const DASHBOARD = path.join(repoRoot, 'monitoring', 'grafana', 'runner-kit.json');

interface Rule {
  record?: string;
  alert?: string;
  expr: string;
  annotations?: Record<string, string>;
  labels?: Record<string, string>;
}
const rules = (parse(readFileSync(RULES, 'utf8')) as { groups: { rules: Rule[] }[] }).groups.flatMap((group) => group.rules);
const recorded = new Set(rules.flatMap((rule) => (rule.record ? [rule.record] : [])));
/** Series Prometheus makes itself for every target. */
const PROMETHEUS_SERIES = new Set(['up', 'scrape_duration_seconds']);

function promtool(...args: string[]): { status: number | null; output: string } {
  requireTool('promtool');
  const result = spawnSync('promtool', args, { cwd: PROMETHEUS_DIR, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/**
 * Metric names an expression reads: identifiers of the runner_kit family or of a recording rule
 * (level:metric:operations), and any identifier directly before a selector `{`. Label names inside
 * braces and by/on/without lists, functions and keywords are not followed by `{`, so they drop out.
 */
function metricNames(expr: string): string[] {
  const withoutStrings = expr.replace(/"(?:[^"\\]|\\.)*"|`[^`]*`/g, '""');
  const names = new Set<string>();
  for (const match of withoutStrings.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*/g)) {
    const name = match[0];
    const next = withoutStrings.slice(match.index + name.length).trimStart();
    const inGrouping = /\b(?:by|on|without|ignoring|group_left|group_right)\s*\([^)]*$/.test(withoutStrings.slice(0, match.index));
    if (inGrouping) continue;
    if (name.startsWith('runner_kit_') || name.includes(':') || next.startsWith('{')) names.add(name);
  }
  return [...names];
}

describe('monitoring/prometheus/runner-kit.rules.yml', () => {
  it('passes promtool check rules', () => {
    const result = promtool('check', 'rules', RULES);
    expect(result.output).toContain('SUCCESS');
    expect(result.status).toBe(0);
  });

  it('passes its unit tests (promtool test rules): each alert fires on its failure and not on a near miss', () => {
    const tests = readdirSync(path.join(PROMETHEUS_DIR, 'tests')).filter((name) => name.endsWith('.yml'));
    expect(tests.length).toBeGreaterThan(0);
    const result = promtool('test', 'rules', ...tests.map((name) => path.join('tests', name)));
    expect(result.output).not.toContain('FAILED');
    expect(result.status).toBe(0);
    const tested = new Set(tests.flatMap((name) => [...readFileSync(path.join(PROMETHEUS_DIR, 'tests', name), 'utf8').matchAll(/alertname: (\w+)/g)].map((m) => m[1])));
    expect(rules.filter((rule) => rule.alert && !tested.has(rule.alert)).map((rule) => rule.alert)).toEqual([]);
  });

  it('has the alerts the fleet needs, each with a severity, summary, description and runbook', () => {
    const alerts = rules.filter((rule) => rule.alert);
    expect(alerts.map((rule) => rule.alert).sort()).toEqual(['RunnerKitDiskFillingUp', 'RunnerKitExporterDown', 'RunnerKitHealthLow', 'RunnerKitLabelGroupDown', 'RunnerKitListenerDown', 'RunnerKitModelCacheOverLimit']);
    for (const alert of alerts) {
      expect([alert.alert, alert.labels?.['severity']]).toEqual([alert.alert, expect.stringMatching(/^(warning|critical)$/)]);
      expect(Object.keys(alert.annotations ?? {}).sort()).toEqual(['description', 'runbook', 'summary']);
    }
    expect(recorded.has(HEALTHY_RUNNERS_RULE)).toBe(true);
  });

  it('reads only metrics the exporter emits, its own recordings, and up', () => {
    const unknown = rules.flatMap((rule) => metricNames(rule.expr)).filter((name) => !(name in FLEET_METRICS) && !recorded.has(name) && !PROMETHEUS_SERIES.has(name));
    expect(unknown).toEqual([]);
  });
});

describe('monitoring/grafana/runner-kit.json', () => {
  const dashboard = JSON.parse(readFileSync(DASHBOARD, 'utf8')) as {
    title: string;
    uid: string;
    templating: { list: { name: string; type: string; query: unknown }[] };
    panels: { id: number; title: string; type: string; datasource: { uid: string }; gridPos: object; targets: { expr: string; refId: string }[] }[];
  };
  const variables = dashboard.templating.list;
  const queries = [
    ...dashboard.panels.flatMap((panel) => panel.targets.map((target) => ({ where: `panel '${panel.title}' ${target.refId}`, expr: target.expr }))),
    ...variables.flatMap((variable) => (variable.type === 'query' ? [{ where: `variable ${variable.name}`, expr: /^label_values\((.*),\s*\w+\)$/.exec((variable.query as { query: string }).query)![1]! }] : [])),
  ];

  it('is a dashboard: title, uid, panels with ids, positions and targets, the Prometheus datasource as a variable', () => {
    expect(dashboard.title).toBeTruthy();
    expect(dashboard.uid).toMatch(/^[a-zA-Z0-9_-]{1,40}$/);
    expect(variables.find((variable) => variable.name === 'datasource')).toMatchObject({ type: 'datasource', query: 'prometheus' });
    expect(new Set(dashboard.panels.map((panel) => panel.id)).size).toBe(dashboard.panels.length);
    for (const panel of dashboard.panels) {
      expect([panel.title, panel.datasource.uid, panel.targets.length > 0, panel.gridPos]).toEqual([panel.title, '${datasource}', true, expect.any(Object)]);
    }
    expect(dashboard.panels.map((panel) => panel.title)).toEqual(expect.arrayContaining(['Fleet', 'Health score', 'Disk available', 'Model cache', 'Job workers']));
  });

  it('every query parses as PromQL (promtool, with the variables filled in)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rk-dashboard-'));
    try {
      const asRules = {
        groups: [{ name: 'dashboard', rules: queries.map((query, i) => ({ record: `dashboard:query_${i}`, expr: query.expr.replace(/\$\{?\w+\}?/g, '.*') })) }],
      };
      writeFileSync(path.join(dir, 'queries.yml'), JSON.stringify(asRules));
      const result = promtool('check', 'rules', path.join(dir, 'queries.yml'));
      expect(result.output).toContain(`SUCCESS: ${queries.length} rules found`);
      expect(result.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('uses only metrics the exporter emits, the recording rules, and what Prometheus records per target', () => {
    const unknown = queries.flatMap((query) => metricNames(query.expr).filter((name) => !(name in FLEET_METRICS) && !recorded.has(name) && !PROMETHEUS_SERIES.has(name)).map((name) => `${query.where}: ${name}`));
    expect(unknown).toEqual([]);
  });
});
