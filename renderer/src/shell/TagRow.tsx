import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Tag } from '../../../electron/shared/model';
import { useT } from '../i18n/i18n';
import { isCommitEnter } from '../keys';
import { useSaveOnLeave } from '../useSaveOnLeave';
import { hotkeyClash, normalizeHotkey } from './lib/hotkeys';
import { tagStrings } from './strings/tagStrings';
import { Icon } from './Icon';

export type TagPatch = Partial<Pick<Tag, 'label' | 'color' | 'hotkey'>>;

interface TagRowProps {
  tag: Tag;
  allTags: readonly Tag[];
  usage: number;
  isFirst: boolean;
  isLast: boolean;
  onUpdate: (patch: TagPatch) => Promise<boolean>;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/** One tag in the editor; every field saves on its own as soon as it is left or picked. */
export function TagRow({ tag, allTags, usage, isFirst, isLast, onUpdate, onMove, onRemove }: TagRowProps) {
  const { t, language } = useT(tagStrings);
  const name = tag.label[language];
  const [zh, setZh] = useState(tag.label.zh);
  const [en, setEn] = useState(tag.label.en);
  const [hotkey, setHotkey] = useState(tag.hotkey ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const colorRef = useRef<HTMLInputElement>(null);
  const latest = useRef({ tag, onUpdate });
  latest.current = { tag, onUpdate };

  // The labels last sent to the core: a field left twice (its blur, then the dialog closing) saves once.
  const sent = useRef(tag.label);

  useEffect(() => {
    setZh(tag.label.zh);
    setEn(tag.label.en);
    setHotkey(tag.hotkey ?? '');
    sent.current = tag.label;
  }, [tag]);

  // React's onChange on a colour input fires on every move inside the picker; only the native change (picker closed) is saved.
  useEffect(() => {
    const input = colorRef.current;
    if (!input) return;
    const onChange = () => {
      const { tag: current, onUpdate: update } = latest.current;
      if (input.value.toLowerCase() !== current.color.toLowerCase()) void update({ color: input.value });
    };
    input.addEventListener('change', onChange);
    return () => input.removeEventListener('change', onChange);
  }, []);

  const saveLabels = () => {
    const label = { zh: zh.trim(), en: en.trim() };
    const previous = sent.current;
    if (label.zh === previous.zh && label.en === previous.en) return;
    if (label.zh === '' || label.en === '') {
      setProblem(t('needLabels'));
      setZh(tag.label.zh);
      setEn(tag.label.en);
      return;
    }
    setProblem(null);
    sent.current = label;
    void onUpdate({ label }).then((saved) => {
      if (!saved) sent.current = previous;
    });
  };
  // Escape closes the editor without a blur: what was typed in a label is saved all the same.
  useSaveOnLeave(saveLabels);

  const changeHotkey = (typed: string) => {
    const key = normalizeHotkey(typed);
    const clash = hotkeyClash(allTags, key, tag.id);
    if (clash) {
      setProblem(t('clash', { key, tag: clash.label[language] }));
      setHotkey(tag.hotkey ?? '');
      return;
    }
    setProblem(null);
    setHotkey(key ?? '');
    if (key !== tag.hotkey) void onUpdate({ hotkey: key });
  };

  const onLabelKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (isCommitEnter(event)) {
      event.preventDefault();
      saveLabels();
    }
  };

  return (
    <li className="tag-row" data-tag-id={tag.id}>
      <input
        ref={colorRef}
        type="color"
        className="tag-color"
        aria-label={t('colorOf', { tag: name })}
        defaultValue={tag.color}
        key={tag.color}
      />
      <input
        aria-label={t('labelZhOf', { tag: name })}
        lang="zh-CN"
        value={zh}
        maxLength={100}
        onChange={(e) => setZh(e.target.value)}
        onBlur={saveLabels}
        onKeyDown={onLabelKey}
      />
      <input
        aria-label={t('labelEnOf', { tag: name })}
        lang="en"
        value={en}
        maxLength={100}
        onChange={(e) => setEn(e.target.value)}
        onBlur={saveLabels}
        onKeyDown={onLabelKey}
      />
      <input
        className="tag-hotkey"
        aria-label={t('hotkeyOf', { tag: name })}
        value={hotkey}
        onChange={(e) => changeHotkey(e.target.value)}
        onFocus={(e) => e.target.select()}
      />
      <span className="tag-usage muted">{t('usage', { count: usage })}</span>
      <span className="tag-row-actions">
        <button
          type="button"
          className="icon-button"
          data-move="up"
          aria-label={t('moveUp', { tag: name })}
          disabled={isFirst}
          onClick={() => onMove(-1)}
        >
          <Icon name="up" />
        </button>
        <button
          type="button"
          className="icon-button"
          data-move="down"
          aria-label={t('moveDown', { tag: name })}
          disabled={isLast}
          onClick={() => onMove(1)}
        >
          <Icon name="down" />
        </button>
        <button type="button" className="icon-button danger-text" aria-label={t('remove', { tag: name })} onClick={onRemove}>
          <Icon name="trash" />
        </button>
      </span>
      {problem && (
        <p role="alert" className="inline-error tag-problem">
          {problem}
        </p>
      )}
    </li>
  );
}
