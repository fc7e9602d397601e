import { useId, useMemo, useState } from 'react';
import { feedPreviews } from '../../utils/text/feed-preview';
import { useI18n } from '../ui/i18n';
import { keepEditorFocus } from './keep-editor-focus';
import { usePanel } from './PanelStoreContext';

/** "See it as the feed shows it": one click opens what readers see before expanding, on desktop and mobile. */
export function PostPreview() {
  const { t } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(false);
  const text = usePanel((state) => state.text);
  const platform = usePanel((state) => state.platform);
  const more = t(platform === 'x' ? 'preview_show_more' : 'preview_see_more');
  const previews = useMemo(() => (open ? feedPreviews(text, platform, more.length) : []), [open, text, platform, more]);
  return (
    <div className="pv-preview">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-preview`}
        onMouseDown={keepEditorFocus}
        onClick={() => setOpen(!open)}
      >
        {t(open ? 'panel_preview_hide' : 'panel_preview_show')}
      </button>
      {open && (
        <section id={`${id}-preview`} aria-label={t('panel_preview_title')} data-testid="pv-preview">
          {text.trim() === '' ? (
            <p className="pv-muted">{t('panel_preview_empty')}</p>
          ) : (
            previews.map((preview) => (
              <figure
                key={preview.device}
                className="pv-preview__device"
                aria-labelledby={`${id}-${preview.device}`}
                data-device={preview.device}
                data-truncated={preview.truncated}
              >
                <figcaption id={`${id}-${preview.device}`} className="pv-subtitle">{t(`preview_${platform}_${preview.device}`)}</figcaption>
                <p className="pv-preview__post" style={{ width: `${preview.lineWidth}ch` }}>
                  {preview.visible}
                  {preview.truncated && <span className="pv-preview__more">{more}</span>}
                </p>
              </figure>
            ))
          )}
        </section>
      )}
    </div>
  );
}
