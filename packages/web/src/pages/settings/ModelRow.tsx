import { formatBytes } from '@furikaeri/core';
import type { ModelView } from '../../api/models';
import { Badge, type Tone } from '../../components/Badge';
import { useLocale } from '../../i18n/LocaleContext';
import { modelsText } from '../../i18n/strings/models';
import { ModelActions } from './ModelActions';

const STATUS_TONE: Record<ModelView['status'], Tone> = {
  installed: 'success',
  bundled: 'success',
  missing: 'muted',
  damaged: 'danger',
};

/** One model: what it is for, its state, size, languages and license, and what can be done with it. */
export function ModelRow({ model, onChange }: { model: ModelView; onChange: () => Promise<void> }) {
  const { t } = useLocale();
  const bytes = model.installedBytes ?? model.downloadBytes;
  const headingId = `model-${model.id}`;
  return (
    <li className="model-row" aria-labelledby={headingId} data-testid={`model-${model.id}`}>
      <div className="model-row__head">
        <h3 id={headingId} className="model-row__title">
          {t(model.title)}
        </h3>
        <span className="model-row__kind">{t(modelsText.kinds[model.kind])}</span>
        <Badge tone={STATUS_TONE[model.status]} testId="model-status">
          {t(modelsText.status[model.status])}
        </Badge>
        {model.recommended && (
          <Badge tone="accent" plain>
            ★ {t(modelsText.recommended)}
          </Badge>
        )}
        {model.pinning === 'none' && (
          <Badge tone="warning" plain testId="model-unpinned">
            ! {t(modelsText.unpinned)}
          </Badge>
        )}
      </div>
      <p className="model-row__description">{t(model.description)}</p>
      <dl className="model-row__facts">
        <div>
          <dt>{t(modelsText.size)}</dt>
          <dd data-testid="model-size">{bytes === null ? t(modelsText.unknownSize) : formatBytes(bytes)}</dd>
        </div>
        {model.languages.length > 0 && (
          <div>
            <dt>{t(modelsText.languages)}</dt>
            <dd>{model.languages.join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>{t(modelsText.license)}</dt>
          <dd>
            <a href={model.licenseUrl} target="_blank" rel="noreferrer noopener">
              {model.license}
            </a>
          </dd>
        </div>
      </dl>
      <ModelActions model={model} onChange={onChange} />
    </li>
  );
}
