import { GD_ROLE_LABELS } from '@furikaeri/core';
import { prepApi } from '../../api/prep';
import { Section } from '../../components/Section';
import { useResource } from '../../hooks/useResource';
import { useLocale } from '../../i18n/LocaleContext';
import { prepText } from '../../i18n/strings/prep';
import { prepFormat } from '../../i18n/strings/prep-format';
import { prepStates } from '../../i18n/strings/prep-states';
import { SourceLink } from '../prep/SourceLink';

/** From past group discussions: the roles I took and the others' ideas worth learning from. */
export function GdPrepSection() {
  const { t } = useLocale();
  const gd = useResource('gd-prep', () => prepApi.groupDiscussions());
  if (!gd.data || gd.data.discussions === 0) return null;
  return (
    <Section title={t(prepText.gdTitle)} count={gd.data.discussions} card testId="gd-prep">
      <h3>{t(prepText.gdRoles)}</h3>
      {gd.data.roles.length === 0 && (
        <p className="empty" data-testid="gd-no-roles">
          {t(prepStates.gdNoRoles)}
        </p>
      )}
      <ul className="plain-list stack">
        {gd.data.roles.map((role) => (
          <li key={role.role} data-testid="gd-role">
            <strong>{t(GD_ROLE_LABELS[role.role])}</strong> {t(prepFormat.discussions(role.count))}
            {role.examples[0] && <SourceLink source={role.examples[0]} />}
          </li>
        ))}
      </ul>
      <h3>{t(prepText.gdIdeas)}</h3>
      <ul className="plain-list stack">
        {gd.data.othersIdeas.map((idea) => (
          <li key={`${idea.eventId}:${idea.segmentIds[0]}:${idea.quote}`}>
            <span className="meta-text" data-user-content>
              {idea.speaker}
            </span>
            <SourceLink source={idea} />
          </li>
        ))}
      </ul>
    </Section>
  );
}
