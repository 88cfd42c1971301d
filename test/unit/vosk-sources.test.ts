import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { checkVoskLayout, findModelRoot } from '../../packages/core/src/vosk/layout.ts';
import { libvoskAsset, libvoskEnvironment, libvoskUrl } from '../../packages/core/src/vosk/libvosk.ts';
import { parseChecksums, resolveModelSpecs } from '../../packages/core/src/vosk/sources.ts';

const base = 'https://models.example.test/vosk';
const digest = (c: string) => c.repeat(64);
const workspace = mkdtempSync(path.join(os.tmpdir(), 'rk-vosk-sources-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

describe('resolveModelSpecs', () => {
  it('builds <base>/<name>.zip for each model', async () => {
    expect(await resolveModelSpecs({ models: ['vosk-model-small-en-us-0.15', 'vosk-model-small-de-0.15'], baseUrl: `${base}/` }, workspace)).toEqual([
      { name: 'vosk-model-small-en-us-0.15', url: `${base}/vosk-model-small-en-us-0.15.zip` },
      { name: 'vosk-model-small-de-0.15', url: `${base}/vosk-model-small-de-0.15.zip` },
    ]);
  });

  it('takes the name from an explicit url, and its sha256', async () => {
    const specs = await resolveModelSpecs({ models: [], url: 'http://127.0.0.1:8080/m/vosk-model-x-0.1.tar.gz', baseUrl: base, sha256: digest('A') }, workspace);
    expect(specs).toEqual([{ name: 'vosk-model-x-0.1', url: 'http://127.0.0.1:8080/m/vosk-model-x-0.1.tar.gz', sha256: digest('a') }]);
  });

  it('reads expected digests from a checksums file', async () => {
    writeFileSync(path.join(workspace, 'model-versions.txt'), `# pinned models\n\nvosk-model-a:sha256:${digest('1')}\nvosk-model-b:sha256:${digest('2')}\n`);
    const specs = await resolveModelSpecs({ models: ['vosk-model-a', 'vosk-model-c'], baseUrl: base, checksumsFile: 'model-versions.txt' }, workspace);
    expect(specs.map((s) => s.sha256)).toEqual([digest('1'), undefined]);
  });

  it.each([
    [{ models: [] }, "Input 'model' is required (or give 'url')"],
    [{ models: ['../../etc'] }, "Input 'model' has the model name '../../etc'"],
    [{ models: ['a', 'a'] }, 'lists a model twice'],
    [{ models: ['a', 'b'], url: 'https://x.test/a.zip' }, "Input 'url' gives one archive"],
    [{ models: ['a', 'b'], sha256: digest('1') }, "Input 'sha256' is for a single model"],
    [{ models: ['a'], sha256: 'abc' }, "Input 'sha256' has 'abc'; expected a SHA-256 digest"],
    [{ models: ['a'], url: 'ftp://x.test/a.zip' }, "Input 'url' has the value 'ftp://x.test/a.zip'; expected an http:// or https:// URL."],
    [{ models: ['a'], baseUrl: 'not a url' }, "Input 'base-url' has the value 'not a url'"],
    [{ models: ['a'], checksumsFile: 'missing.txt' }, "Input 'checksums': cannot read"],
  ])('rejects %p', async (inputs, message) => {
    await expect(resolveModelSpecs({ baseUrl: base, ...inputs }, workspace)).rejects.toThrow(message);
  });

  it('rejects a sha256 that disagrees with the checksums file', async () => {
    writeFileSync(path.join(workspace, 'pins.txt'), `a:sha256:${digest('1')}\n`);
    await expect(resolveModelSpecs({ models: ['a'], baseUrl: base, sha256: digest('2'), checksumsFile: 'pins.txt' }, workspace)).rejects.toThrow('disagrees');
  });
});

describe('parseChecksums', () => {
  it('names the line that is malformed', () => {
    expect(() => parseChecksums(`a:sha256:${digest('1')}\nb:md5:123\n`, 'model-versions.txt')).toThrow(
      "Input 'checksums': model-versions.txt line 2 is 'b:md5:123'; expected name:sha256:<64 hex characters>.",
    );
  });
});

describe('checkVoskLayout', () => {
  const model = (files: string[]) => {
    const dir = mkdtempSync(path.join(workspace, 'layout-'));
    for (const file of files) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), 'x');
    }
    return dir;
  };
  const core = ['am/final.mdl', 'conf/model.conf', 'conf/mfcc.conf'];
  const ivector = ['final.dubm', 'final.ie', 'final.mat', 'global_cmvn.stats', 'online_cmvn.conf', 'splice.conf'].map((f) => `ivector/${f}`);

  it('accepts the lookahead graph of small models and the HCLG graph of big ones', async () => {
    expect(await checkVoskLayout(model([...core, 'graph/HCLr.fst', 'graph/Gr.fst', ...ivector]))).toEqual([]);
    expect(await checkVoskLayout(model([...core, 'graph/HCLG.fst']))).toEqual([]);
  });

  it('lists everything missing', async () => {
    expect(await checkVoskLayout(model(['am/final.mdl', 'graph/HCLr.fst', 'ivector/final.ie']))).toEqual([
      'conf/model.conf is missing',
      'conf/mfcc.conf is missing',
      'graph/ has neither HCLG.fst nor HCLr.fst + Gr.fst',
      'ivector/final.dubm is missing',
      'ivector/final.mat is missing',
      'ivector/global_cmvn.stats is missing',
      'ivector/online_cmvn.conf is missing',
      'ivector/splice.conf is missing',
    ]);
  });

  it('finds the model inside a single top directory', async () => {
    const dir = model(['vosk-model-x/am/final.mdl']);
    expect(await findModelRoot(dir)).toBe(path.join(dir, 'vosk-model-x'));
    const flat = model(['am/final.mdl']);
    expect(await findModelRoot(flat)).toBe(flat);
  });
});

describe('libvosk', () => {
  it('maps platforms to vosk-api release assets', () => {
    expect(libvoskAsset('0.3.45', 'linux', 'x64')).toEqual({ version: '0.3.45', archive: 'vosk-linux-x86_64-0.3.45.zip', platform: 'linux-x86_64', library: 'libvosk.so', header: 'vosk_api.h' });
    expect(libvoskAsset('0.3.45', 'linux', 'arm64').archive).toBe('vosk-linux-aarch64-0.3.45.zip');
    expect(libvoskAsset('0.3.45', 'darwin', 'arm64')).toMatchObject({ archive: 'vosk-osx-0.3.45.zip', library: 'libvosk.dylib' });
    expect(libvoskAsset('0.3.45', 'win32', 'x64')).toMatchObject({ archive: 'vosk-win64-0.3.45.zip', library: 'libvosk.dll' });
    expect(libvoskUrl('https://github.com/alphacep/vosk-api/releases/download/', libvoskAsset('0.3.45', 'linux', 'x64'))).toBe(
      'https://github.com/alphacep/vosk-api/releases/download/v0.3.45/vosk-linux-x86_64-0.3.45.zip',
    );
  });

  it('rejects unknown versions and platforms', () => {
    expect(() => libvoskAsset('latest')).toThrow("Input 'libvosk-version' has the value 'latest'");
    expect(() => libvoskAsset('0.3.45', 'freebsd', 'x64')).toThrow('no library for freebsd/x64');
  });

  it('prepends the library directory to the loader, linker and include paths', () => {
    expect(libvoskEnvironment('/c/lib', 'linux', { LD_LIBRARY_PATH: '/usr/local/lib' })).toEqual({ LD_LIBRARY_PATH: '/c/lib:/usr/local/lib', LIBRARY_PATH: '/c/lib', CPATH: '/c/lib' });
    expect(libvoskEnvironment('/c/lib', 'darwin', {})).toEqual({ DYLD_LIBRARY_PATH: '/c/lib', LIBRARY_PATH: '/c/lib', CPATH: '/c/lib' });
    expect(libvoskEnvironment('C:\\lib', 'win32', { PATH: 'C:\\bin' })).toEqual({ PATH: 'C:\\lib;C:\\bin', LIB: 'C:\\lib', INCLUDE: 'C:\\lib' });
  });
});
