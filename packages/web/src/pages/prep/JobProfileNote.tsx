import type { JobProfile } from '@furikaeri/core';
import { useLocale } from '../../i18n/LocaleContext';
import { prepFormat } from '../../i18n/strings/prep-format';
import { prepScopeText } from '../../i18n/strings/prep-scope';

/** Which kind of job the round's common questions are worded for, and from what that was judged. */
export function JobProfileNote({ job }: { job: JobProfile }) {
  const { t } = useLocale();
  const parts = [
    job.field ? t(prepScopeText.fields[job.field]) : null,
    job.track ? t(prepScopeText.tracks[job.track]) : null,
  ].filter((part): part is string => part !== null);
  return (
    <p className="meta-text" title={t(prepScopeText.jobHint)} data-testid="prep-job">
      {t(prepScopeText.jobLabel)}:{' '}
      {parts.length > 0 ? parts.join(t(prepFormat.separator).trim()) : t(prepScopeText.jobUnknown)}
    </p>
  );
}
