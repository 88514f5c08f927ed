import type { Diagnostic, DiagnosticCode } from '../core/diagnostic.js';
import type { Args } from './catalogue.js';
import { enDiff } from './en-diff.js';
import { enExplain } from './en-explain.js';
import { enExport } from './en-export.js';
import { enHtml } from './en-html.js';
import { en } from './en.js';
import { idDiff } from './id-diff.js';
import { idExplain } from './id-explain.js';
import { idExport } from './id-export.js';
import { idHtml } from './id-html.js';
import { enRules } from './rules-en.js';
import { idRules } from './rules-id.js';
import { id } from './id.js';

// Each command area keeps its texts in its own file, and a translator merges them all.
const indonesian = { ...id, ...idDiff, ...idExport, ...idHtml, ...idExplain };
const english = { ...en, ...enDiff, ...enExport, ...enHtml, ...enExplain };

/** Languages of the user interface. */
export type Lang = 'id' | 'en';

/** Looks up a message by key and fills in its arguments. */
export type Translate = (key: string, args?: Args) => string;

/** Returns the translator for `lang`; a key without an English text falls back to Indonesian. */
export function createTranslator(lang: Lang): Translate {
  const catalogue = lang === 'en' ? { ...indonesian, ...english } : indonesian;
  return (key, args = {}) => {
    const message = catalogue[key];
    return message ? message(args) : key;
  };
}

/** Returns the message text of a finding in the translator's language. */
export function diagnosticMessage(t: Translate, d: Diagnostic): string {
  return t(`diag.${d.code}`, d.args);
}

/** Tells whether `text` names a supported language. */
export function isLang(text: string): text is Lang {
  return text === 'id' || text === 'en';
}

/** Returns the one-line description of a finding code, for rule lists in SARIF and JUnit. */
export function ruleDescription(lang: Lang, code: DiagnosticCode): string {
  return (lang === 'en' ? enRules : idRules)[code];
}
