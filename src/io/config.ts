import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostic.js';
import { checkSettings } from '../core/settings-check.js';
import { resolveSettings, type RawSettings, type Settings } from '../core/settings.js';
import { displayPath } from './dataset.js';
import { InputError } from './errors.js';
import { readYamlFile } from './yaml-file.js';

/** Settings with the findings of the settings file; settings are the defaults when the file has errors. */
export interface SettingsRead {
  settings: Settings;
  diagnostics: Diagnostic[];
  file: string | undefined;
}

/**
 * Reads `--config FILE`, or `iki.config.yaml` in the working folder when it
 * exists; without either, the defaults apply.
 */
export function readSettings(configPath: string | undefined, cwd = process.cwd()): SettingsRead {
  const path = configPath ?? resolve(cwd, 'iki.config.yaml');
  if (!existsSync(path)) {
    if (configPath !== undefined) throw new InputError('INPUT_NOT_FOUND', { path: configPath });
    return { settings: resolveSettings(undefined), diagnostics: [], file: undefined };
  }

  const shown = displayPath(path, cwd);
  const read = readYamlFile<RawSettings>('config', path, shown);
  const diagnostics = read.source ? [...read.diagnostics, ...checkSettings(read.source)] : read.diagnostics;
  return { settings: resolveSettings(read.source?.data), diagnostics, file: shown };
}
