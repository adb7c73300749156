import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '../../../renderer/src/shell/lib/systemLanguage';

describe('resolveLanguage', () => {
  it('keeps a saved choice whatever the system says', () => {
    expect(resolveLanguage('en', 'zh-CN')).toBe('en');
    expect(resolveLanguage('zh', 'en-US')).toBe('zh');
  });

  it('follows any Chinese system locale when nothing is saved', () => {
    for (const locale of ['zh', 'zh-CN', 'zh-TW', 'ZH-hans-cn']) expect(resolveLanguage(null, locale)).toBe('zh');
  });

  it('falls back to English for other locales', () => {
    for (const locale of ['en-GB', 'de', 'ja-JP', '']) expect(resolveLanguage(null, locale)).toBe('en');
  });
});
