import { useState, type FormEvent } from 'react';
import type { Tag } from '../../../electron/shared/model';
import { useT } from '../i18n/i18n';
import { holdComposingEnter } from '../keys';
import { hotkeyClash, normalizeHotkey } from './lib/hotkeys';
import { tagStrings } from './strings/tagStrings';

/** Calm colours that sit apart from the default tags' orange, blue and green. */
const PALETTE = ['#9c36b5', '#c2255c', '#0c8599', '#5f3dc4', '#e67700', '#2b8a3e', '#364fc7', '#862e9c'];

interface AddTagFormProps {
  tags: readonly Tag[];
  onCreate: (input: Pick<Tag, 'label' | 'color' | 'hotkey'>) => Promise<boolean>;
}

/** The first palette colour no tag uses yet. */
function freshColor(tags: readonly Tag[]): string {
  const used = new Set(tags.map((tag) => tag.color.toLowerCase()));
  return PALETTE.find((color) => !used.has(color)) ?? PALETTE[tags.length % PALETTE.length] ?? '#868e96';
}

/** Add a tag: both labels, a colour and an optional hotkey. */
export function AddTagForm({ tags, onCreate }: AddTagFormProps) {
  const { t, language } = useT(tagStrings);
  const [zh, setZh] = useState('');
  const [en, setEn] = useState('');
  const [color, setColor] = useState(() => freshColor(tags));
  const [hotkey, setHotkey] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (zh.trim() === '' || en.trim() === '') {
      setProblem(t('needLabels'));
      return;
    }
    const key = normalizeHotkey(hotkey);
    const clash = hotkeyClash(tags, key, null);
    if (clash) {
      setProblem(t('clash', { key, tag: clash.label[language] }));
      return;
    }
    setProblem(null);
    setBusy(true);
    const created = await onCreate({ label: { zh: zh.trim(), en: en.trim() }, color, hotkey: key });
    setBusy(false);
    if (!created) return;
    setZh('');
    setEn('');
    setHotkey('');
    setColor(freshColor([...tags, { id: '-', label: { zh, en }, color, hotkey: null }]));
  };

  return (
    <form className="add-tag" onSubmit={(event) => void submit(event)} onKeyDown={holdComposingEnter} aria-label={t('addHeading')}>
      <h3>{t('addHeading')}</h3>
      <div className="tag-row add-tag-row">
        <input type="color" className="tag-color" aria-label={t('newColor')} value={color} onChange={(e) => setColor(e.target.value)} />
        <input
          aria-label={t('newLabelZh')}
          placeholder={t('labelZh')}
          lang="zh-CN"
          value={zh}
          maxLength={100}
          onChange={(e) => setZh(e.target.value)}
        />
        <input
          aria-label={t('newLabelEn')}
          placeholder={t('labelEn')}
          lang="en"
          value={en}
          maxLength={100}
          onChange={(e) => setEn(e.target.value)}
        />
        <input
          className="tag-hotkey"
          aria-label={t('newHotkey')}
          placeholder={t('hotkey')}
          title={t('hotkeyHint')}
          value={hotkey}
          onChange={(e) => setHotkey(normalizeHotkey(e.target.value) ?? '')}
        />
        <button type="submit" className="primary" disabled={busy}>
          {t('add')}
        </button>
      </div>
      {problem && (
        <p role="alert" className="inline-error">
          {problem}
        </p>
      )}
    </form>
  );
}
