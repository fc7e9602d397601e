import { useI18n } from '../ui/i18n';
import { keepEditorFocus } from './keep-editor-focus';
import { usePanel } from './PanelStoreContext';

/** Company items that fit the draft; Insert puts a share with an opinion placeholder at the caret. */
export function SuggestionList() {
  const { t, formatDate } = useI18n();
  const suggestions = usePanel((state) => state.suggestions);
  const insertItem = usePanel((state) => state.insertItem);
  if (suggestions.length === 0) return null;
  return (
    <section aria-label={t('panel_suggestions')} className="pv-suggestions">
      <h3 className="pv-subtitle">{t('panel_suggestions')}</h3>
      <ul>
        {suggestions.map(({ item }) => (
          <li key={item.id} className="pv-suggestion">
            <span className="pv-suggestion__title">{item.title}</span>
            {item.published && <span className="pv-muted"> · {formatDate(item.published)}</span>}
            <button
              type="button"
              aria-label={t('panel_insert_item', [item.title])}
              onMouseDown={keepEditorFocus}
              onClick={() => insertItem(item)}
            >
              {t('panel_insert')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
