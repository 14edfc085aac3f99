import type { ImportRefusal } from '@furikaeri/core';
import { Notice } from '../../components/Notice';
import { useLocale } from '../../i18n/LocaleContext';
import { importArea } from '../../i18n/strings/event';

interface RefusedImportsProps {
  refused: ImportRefusal[];
  onDismiss(refusal: ImportRefusal): void;
}

/** Files the server refused once it decoded them: their recordings left the list; this says why. */
export function RefusedImports({ refused, onDismiss }: RefusedImportsProps) {
  const { t, locale } = useLocale();
  return refused.map((refusal, index) => (
    <Notice
      // biome-ignore lint/suspicious/noArrayIndexKey: the same file may be refused twice; order is stable.
      key={index}
      tone="error"
      onDismiss={() => onDismiss(refusal)}
      testId="refused-import"
    >
      <p>
        {/* Japanese runs sentences together; English puts a space between them. */}
        {[
          `${locale === 'ja' ? `「${refusal.originalName}」` : `"${refusal.originalName}"`}${t(importArea.refusedAfterDecoding)}`,
          t(refusal.reason),
          t(importArea.nothingAdded),
        ].join(locale === 'ja' ? '' : ' ')}
      </p>
    </Notice>
  ));
}
