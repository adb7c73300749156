/** Whether the app runs on an Apple system, where Cmd stands where Ctrl does elsewhere. */
export const isMac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
