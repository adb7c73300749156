import { registerStrings } from '../../i18n/i18n';

/** The choice of how doccano JSONL counts offsets, in the import and the export dialog. */
export const offsetStrings = registerStrings('shellOffsets', {
  zh: {
    legend: 'JSONL 偏移量单位',
    utf16: 'doccano（UTF-16，默认）',
    codepoints: '码点（脚本生成的文件）',
    hint: 'doccano 按 UTF-16 计数；生僻字和表情符号在两种单位下的位置不同。',
  },
  en: {
    legend: 'JSONL offset unit',
    utf16: 'doccano (UTF-16, default)',
    codepoints: 'code points (scripts)',
    hint: 'doccano counts UTF-16 units; rare characters and emoji sit at different offsets in the two units.',
  },
});
