import type { ErrorCode } from '../../../../electron/shared/errors';

/**
 * What each API error code means, said to the reader; the core's own message
 * follows as detail (`withDetail`). Read directly, not through i18next, so
 * that failures are worded the same outside components and in unit tests.
 */
type ErrorWords = Record<ErrorCode | 'UNEXPECTED' | 'withDetail', string>;

const zh = {
  INVALID_INPUT: '这个请求无效',
  NOT_FOUND: '找不到要处理的内容，它可能已被删除',
  NO_SESSION: '没有打开的会话',
  SESSION_LOCKED: '这个会话正被另一个窗口或程序使用',
  BAD_FILE: '无法读取这个文件',
  CONFLICT: '与已有的内容冲突',
  DISK_FULL: '磁盘空间已满，无法写入',
  BAD_PATH: '路径无效或无法访问',
  UNAUTHORIZED: '未获授权：请用启动时给出的完整地址重新打开',
  FORBIDDEN: '没有权限进行这个操作',
  INTERNAL: '批注内部出错',
  UNEXPECTED: '出现意外错误',
  withDetail: '{{sentence}}（{{detail}}）',
} satisfies ErrorWords;

const en = {
  INVALID_INPUT: 'The request is not valid',
  NOT_FOUND: 'What was asked for is not there; it may have been deleted',
  NO_SESSION: 'No session is open',
  SESSION_LOCKED: 'This session is in use by another window or program',
  BAD_FILE: 'The file cannot be read',
  CONFLICT: 'This conflicts with what is already there',
  DISK_FULL: 'The disk is full: nothing more can be written',
  BAD_PATH: 'The path is not valid or cannot be reached',
  UNAUTHORIZED: 'Not authorised: open the full address given at start-up again',
  FORBIDDEN: 'This is not permitted',
  INTERNAL: 'Something went wrong inside Pizhu',
  UNEXPECTED: 'Something unexpected went wrong',
  withDetail: '{{sentence}} ({{detail}})',
} satisfies ErrorWords;

export const errorStrings: Record<'zh' | 'en', ErrorWords> = { zh, en };
