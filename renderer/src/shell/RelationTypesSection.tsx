import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { RelationType, Tag } from '../../../electron/shared/model';
import { call } from '../api/client';
import { useT } from '../i18n/i18n';
import { holdComposingEnter } from '../keys';
import { ConfirmDialog } from './ConfirmDialog';
import { Icon } from './Icon';
import { errorMessage } from './lib/errorMessage';
import { relationTypeStrings } from './strings/relationTypeStrings';

interface RelationTypesSectionProps {
  tags: readonly Tag[];
}

/** The session's relation types in the tag editor: relabel, recolour, delete and add, each change saved at once. */
export function RelationTypesSection({ tags }: RelationTypesSectionProps) {
  const { t, language } = useT(relationTypeStrings);
  const [types, setTypes] = useState<RelationType[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<RelationType | null>(null);
  const [zh, setZh] = useState('');
  const [en, setEn] = useState('');
  const [color, setColor] = useState('#7048e8');

  const reload = useCallback(async () => setTypes(await call('relationTypes.list', {})), []);
  useEffect(() => {
    reload().catch((failure: unknown) => setError(errorMessage(failure)));
  }, [reload]);

  const attempt = async (action: () => Promise<unknown>): Promise<boolean> => {
    setError(null);
    try {
      await action();
      await reload();
      return true;
    } catch (failure) {
      setError(errorMessage(failure));
      return false;
    }
  };

  const tagLabel = (id: string) => tags.find((tag) => tag.id === id)?.label[language] ?? id;
  const pairsText = (type: RelationType) =>
    type.pairs?.length ? type.pairs.map((p) => `${tagLabel(p.from)} → ${tagLabel(p.to)}`).join('，') : t('anyPair');

  const relabel = (type: RelationType, lang: 'zh' | 'en', value: string) => {
    const text = value.trim();
    if (!text || text === type.label[lang]) return;
    void attempt(() => call('relationTypes.update', { id: type.id, label: { ...type.label, [lang]: text } }));
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!zh.trim() || !en.trim()) {
      setError(t('needLabels'));
      return;
    }
    if (await attempt(() => call('relationTypes.create', { label: { zh: zh.trim(), en: en.trim() }, color }))) {
      setZh('');
      setEn('');
    }
  };

  return (
    <section className="relation-types" aria-labelledby="relation-types-heading">
      <h3 id="relation-types-heading">{t('heading')}</h3>
      {error && (
        <p role="alert" className="inline-error">
          {error}
        </p>
      )}
      <ol className="relation-type-list" aria-label={t('list')}>
        {types.map((type) => (
          <li key={type.id} className="relation-type-row" data-relation-type={type.id}>
            <input
              type="color"
              className="tag-color"
              aria-label={t('colorOf', { type: type.label[language] })}
              value={type.color}
              onChange={(e) => void attempt(() => call('relationTypes.update', { id: type.id, color: e.target.value }))}
            />
            <input
              lang="zh-CN"
              aria-label={t('labelZhOf', { type: type.label[language] })}
              defaultValue={type.label.zh}
              maxLength={100}
              onBlur={(e) => relabel(type, 'zh', e.target.value)}
              onKeyDown={(e) => e.key === 'Enter' && !e.nativeEvent.isComposing && e.currentTarget.blur()}
            />
            <input
              lang="en"
              aria-label={t('labelEnOf', { type: type.label[language] })}
              defaultValue={type.label.en}
              maxLength={100}
              onBlur={(e) => relabel(type, 'en', e.target.value)}
              onKeyDown={(e) => e.key === 'Enter' && !e.nativeEvent.isComposing && e.currentTarget.blur()}
            />
            <span className="relation-type-pairs">
              {t('pairs')}: {pairsText(type)}
            </span>
            <button
              type="button"
              className="icon-button danger-text"
              aria-label={t('remove', { type: type.label[language] })}
              onClick={() => setRemoving(type)}
            >
              <Icon name="trash" />
            </button>
          </li>
        ))}
      </ol>
      <form
        className="relation-type-row add-relation-type"
        onSubmit={(event) => void add(event)}
        onKeyDown={holdComposingEnter}
        aria-label={t('addHeading')}
      >
        <input type="color" className="tag-color" aria-label={t('newColor')} value={color} onChange={(e) => setColor(e.target.value)} />
        <input
          lang="zh-CN"
          aria-label={t('newLabelZh')}
          placeholder={t('newLabelZh')}
          value={zh}
          maxLength={100}
          onChange={(e) => setZh(e.target.value)}
        />
        <input
          lang="en"
          aria-label={t('newLabelEn')}
          placeholder={t('newLabelEn')}
          value={en}
          maxLength={100}
          onChange={(e) => setEn(e.target.value)}
        />
        <button type="submit" className="primary">
          {t('add')}
        </button>
      </form>
      {removing && (
        <ConfirmDialog
          title={t('removeTitle', { type: removing.label[language] })}
          confirmLabel={t('confirmRemove')}
          danger
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            const id = removing.id;
            setRemoving(null);
            void attempt(() => call('relationTypes.remove', { id }));
          }}
        >
          <p>{t('removeBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
