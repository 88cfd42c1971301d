import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** True for an existing regular file (false for anything missing or unreadable). */
export const isFile = (file: string) => stat(file).then((s) => s.isFile(), () => false);
const isDir = (dir: string) => stat(dir).then((s) => s.isDirectory(), () => false);

/**
 * What is wrong with `dir` as a Vosk model (empty when nothing): the acoustic model, both
 * configs, and a decoding graph, either a full `HCLG.fst` or the lookahead pair `HCLr.fst` +
 * `Gr.fst` of the small models; an `ivector/` directory, when present, must be complete.
 */
export async function checkVoskLayout(dir: string): Promise<string[]> {
  const problems: string[] = [];
  for (const required of ['am/final.mdl', 'conf/model.conf', 'conf/mfcc.conf']) {
    if (!(await isFile(path.join(dir, required)))) problems.push(`${required} is missing`);
  }
  const graph = path.join(dir, 'graph');
  const hclg = await isFile(path.join(graph, 'HCLG.fst'));
  const lookahead = (await isFile(path.join(graph, 'HCLr.fst'))) && (await isFile(path.join(graph, 'Gr.fst')));
  if (!hclg && !lookahead) problems.push('graph/ has neither HCLG.fst nor HCLr.fst + Gr.fst');
  if (await isDir(path.join(dir, 'ivector'))) {
    for (const required of ['final.dubm', 'final.ie', 'final.mat', 'global_cmvn.stats', 'online_cmvn.conf', 'splice.conf']) {
      if (!(await isFile(path.join(dir, 'ivector', required)))) problems.push(`ivector/${required} is missing`);
    }
  }
  return problems;
}

/**
 * Model archives hold one top directory named after the model; some hold the files directly.
 * Returns the directory that holds `am/` and `conf/`.
 */
export async function findModelRoot(extracted: string): Promise<string> {
  if (await isDir(path.join(extracted, 'am'))) return extracted;
  const entries = (await readdir(extracted, { withFileTypes: true })).filter((e) => !e.name.startsWith('.') && e.name !== '__MACOSX');
  if (entries.length === 1 && entries[0]!.isDirectory()) return path.join(extracted, entries[0]!.name);
  return extracted;
}
