import { diagnostic, type Diagnostic } from './diagnostic.js';
import type { RawSettings } from './settings.js';
import type { SourceFile } from './source.js';

/**
 * Checks what the settings schema cannot: category levels from highest to
 * lowest with only the last one open-ended, and a floor not above the cap.
 */
export function checkSettings(source: SourceFile<RawSettings>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const levels = source.data.kategori ?? [];

  levels.forEach((level, index) => {
    if (levels.findIndex((other) => other.id === level.id) < index) {
      diagnostics.push(diagnostic('CONFIG_INVALID', source.locate(['kategori', index, 'id']), { rule: 'category-duplicate', value: level.id }));
    }
    const isLast = index === levels.length - 1;
    if (!isLast && level.min === undefined) {
      diagnostics.push(diagnostic('CONFIG_INVALID', source.locate(['kategori', index]), { rule: 'category-min-missing', value: level.id }));
    }
    if (isLast && level.min !== undefined) {
      diagnostics.push(diagnostic('CONFIG_INVALID', source.locate(['kategori', index, 'min']), { rule: 'category-last-min', value: level.id }));
    }
    const previous = levels[index - 1];
    if (previous?.min !== undefined && level.min !== undefined && level.min >= previous.min) {
      diagnostics.push(
        diagnostic('CONFIG_INVALID', source.locate(['kategori', index, 'min']), { rule: 'category-order', value: level.id, previous: previous.id }),
      );
    }
  });

  const { batasAtas, batasBawah } = source.data.capaian ?? {};
  if (batasAtas !== undefined && batasBawah !== undefined && batasBawah > batasAtas) {
    diagnostics.push(diagnostic('CONFIG_INVALID', source.locate(['capaian', 'batasBawah']), { rule: 'limits-order', value: batasBawah, previous: batasAtas }));
  }
  return diagnostics;
}
