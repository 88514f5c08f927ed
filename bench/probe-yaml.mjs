// Times YAML parsing alone, in this process, on the first sheets of a data
// folder. Four readers are timed. The first is iki's reader as it runs, with
// the js-yaml fast path for plain block style. The second is iki's full reader
// (eemeli/yaml with positions and its structural checks), used for files the
// fast path declines. The last two are eemeli/yaml's plain `parse` and
// js-yaml 4 `load` with its own core schema.
//
//   node bench/probe-yaml.mjs POSITIONS_DIR [COUNT]
//
// Prints one JSON object: files, bytes and milliseconds per parser.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { parse } from 'yaml';
import { parseYamlSource, parseYamlSourceFully } from '../dist/io/yaml-source.js';

const [dir, countText = '2000'] = process.argv.slice(2);
if (!dir) {
  process.stderr.write('usage: node bench/probe-yaml.mjs POSITIONS_DIR [COUNT]\n');
  process.exit(2);
}

const names = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .slice(0, Number(countText));
const texts = names.map((name) => readFileSync(join(dir, name), 'utf8'));
const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);

// Each parser first reads 50 texts untimed, so that compiling its code is
// not part of the timed pass.
function time(parseText) {
  for (const text of texts.slice(0, 50)) parseText(text);
  const started = performance.now();
  for (const text of texts) parseText(text);
  return performance.now() - started;
}

const result = { files: texts.length, bytes, ms: {} };
result.ms.ikiReader = time((text) => {
  if (!parseYamlSource('sheet.yaml', text).ok) throw new Error('a generated sheet failed to parse; check bench/corpus.mjs');
});
result.ms.ikiFullReader = time((text) => {
  if (!parseYamlSourceFully('sheet.yaml', text).ok) throw new Error('a generated sheet failed to parse; check bench/corpus.mjs');
});
result.ms.yamlParse = time((text) => parse(text, { version: '1.2', schema: 'core', merge: false }));

const jsYaml = (await import('js-yaml')).default;
result.ms.jsYamlLoad = time((text) => jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }));
process.stdout.write(`${JSON.stringify(result)}\n`);
