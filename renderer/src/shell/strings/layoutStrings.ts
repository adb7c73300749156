import { registerStrings } from '../../i18n/i18n';

/** The side panels' fold buttons and splitters, and the reading width setting. */
export const layoutStrings = registerStrings('shellLayout', {
  zh: {
    hide_documents: '收起文档列表（{{keys}}）',
    show_documents: '展开文档列表（{{keys}}）',
    hide_annotations: '收起标注列表（{{keys}}）',
    show_annotations: '展开标注列表（{{keys}}）',
    resize_documents: '调整文档列表宽度',
    resize_annotations: '调整标注列表宽度',
    widthValue: '{{width}} 像素',
    textWidth: '正文宽度',
    textWidth_narrow: '窄（约 32 字一行）',
    textWidth_medium: '适中（约 39 字一行）',
    textWidth_wide: '宽（约 48 字一行）',
    textWidthHint: '窗口放不下时，正文会随窗口变窄。',
  },
  en: {
    hide_documents: 'Hide the document list ({{keys}})',
    show_documents: 'Show the document list ({{keys}})',
    hide_annotations: 'Hide the annotation list ({{keys}})',
    show_annotations: 'Show the annotation list ({{keys}})',
    resize_documents: 'Resize the document list',
    resize_annotations: 'Resize the annotation list',
    widthValue: '{{width}} pixels',
    textWidth: 'Text width',
    textWidth_narrow: 'Narrow (about 32 characters a line)',
    textWidth_medium: 'Medium (about 39 characters a line)',
    textWidth_wide: 'Wide (about 48 characters a line)',
    textWidthHint: 'Where the window is narrower, the text narrows with it.',
  },
});
