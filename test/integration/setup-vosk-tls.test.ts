import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runAction } from '../harness/index.ts';
import { fileBody } from '../fixtures/file-body.ts';
import { startTestServer, type TestServer } from '../fixtures/http-server.ts';
import { createLoopbackCertificate, type LoopbackCertificate } from '../fixtures/tls.ts';
import { createVoskModelArchive, type VoskModelFixture } from '../fixtures/vosk-archives.ts';

// setup-vosk over HTTPS, through the built bundle under Node 24, trusting a loopback certificate
// the way a runner trusts a corporate CA: NODE_EXTRA_CA_CERTS.
const MODEL = 'vosk-model-small-en-us-0.15';
let dir: string;
let certificate: LoopbackCertificate;
let secure: TestServer;
let plain: TestServer;
let model: VoskModelFixture;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rk-vosk-tls-'));
  certificate = await createLoopbackCertificate(dir);
  model = await createVoskModelArchive(dir, { name: MODEL, payloadBytes: 256 * 1024 });
  secure = await startTestServer({ tls: certificate });
  plain = await startTestServer();
  for (const server of [secure, plain]) server.route(`/models/${MODEL}.zip`, { body: fileBody(model.archive) });
});

afterAll(async () => {
  await secure.close();
  await plain.close();
  rmSync(dir, { recursive: true, force: true });
});

const setupVosk = (inputs: Record<string, string>) =>
  runAction('setup-vosk', { runnerEnvironment: 'self-hosted', inputs, env: { NODE_EXTRA_CA_CERTS: certificate.certFile } });

describe('setup-vosk over HTTPS', () => {
  it('downloads and verifies a model from an https URL', async () => {
    const run = await setupVosk({ url: secure.url(`/models/${MODEL}.zip`), sha256: model.sha256 });
    expect(run.main.exitCode).toBe(0);
    expect(secure.requestsTo(`/models/${MODEL}.zip`)).toHaveLength(1);
  });

  it('follows an https redirect that stays on https', async () => {
    secure.route('/moved.zip', { body: fileBody(model.archive), faults: [{ kind: 'redirect', location: `/models/${MODEL}.zip`, status: 301 }] });
    const run = await setupVosk({ url: secure.url('/moved.zip'), sha256: model.sha256 });
    expect(run.main.exitCode).toBe(0);
  });

  it('refuses a redirect from https down to http, without sending the request', async () => {
    const target = plain.url(`/models/${MODEL}.zip`);
    secure.route('/downgrade.zip', { body: fileBody(model.archive), faults: [{ kind: 'redirect', location: target, status: 302 }] });
    const before = plain.requestsTo(`/models/${MODEL}.zip`).length;
    const run = await setupVosk({ url: secure.url('/downgrade.zip'), sha256: model.sha256 });
    expect(run.main.exitCode).toBe(1);
    const errors = run.main.annotations.filter((a) => a.command === 'error').map((a) => a.message);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`redirects from https to http (${target}), which is not followed`);
    expect(plain.requestsTo(`/models/${MODEL}.zip`).length).toBe(before);
    expect(secure.requestsTo('/downgrade.zip')).toHaveLength(1); // not retried: a retry cannot change it
  });

  it('an untrusted certificate fails saying so and how to trust a private CA, not as a bug', async () => {
    const run = await runAction('setup-vosk', { runnerEnvironment: 'self-hosted', inputs: { url: secure.url(`/models/${MODEL}.zip`), sha256: model.sha256 } });
    expect(run.main.exitCode).toBe(1);
    const errors = run.main.annotations.filter((a) => a.command === 'error').map((a) => a.message);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Download of https:\/\/127\.0\.0\.1:\d+\/models\/vosk-model-small-en-us-0\.15\.zip failed: the server's TLS certificate is not trusted on this machine \(self-signed certificate\)\./);
    expect(errors[0]).toContain('set NODE_EXTRA_CA_CERTS to that CA\'s PEM file');
    expect(errors[0]).not.toContain('bug');
    expect(secure.requestsTo(`/models/${MODEL}.zip`)).toHaveLength(2); // the earlier test's, and no retries: TLS trust does not change
  });
});
