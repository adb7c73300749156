import { registerStrings } from '../../i18n/i18n';

/** The outline of the open document, in the left side panel. */
export const outlineStrings = registerStrings('outline', {
  zh: {
    outline: '提纲',
    toggle: '展开或收起提纲（{{keys}}）',
    tree: '文档提纲：{{title}}',
    loading: '正在分析文档结构…',
    failed: '无法分析文档结构：{{message}}',
    empty: '这份文档没有可识别的标题。',
    count: '{{count}} 个标题',
  },
  en: {
    outline: 'Outline',
    toggle: 'Show or hide the outline ({{keys}})',
    tree: 'Outline of {{title}}',
    loading: 'Reading the document’s structure…',
    failed: 'Could not read the document’s structure: {{message}}',
    empty: 'No headings were found in this document.',
    count: '{{count}} headings',
  },
});
