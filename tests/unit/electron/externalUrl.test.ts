import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from '../../../electron/main/externalUrl';

describe('isSafeExternalUrl', () => {
  it.each([
    'https://www.gov.cn/zhengce/content/2023-01/28/content_5738952.htm',
    'http://www.qingdao.gov.cn/',
    'HTTPS://WWW.GOV.CN/',
    'https://example.com:8443/path?q=市北#frag',
    'https://www.gov.cn./',
  ])('lets %s through to the system browser', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    ['javascript:alert(1)', 'script scheme'],
    ['JaVaScRiPt:alert(1)', 'script scheme, mixed case'],
    ['java\nscript:alert(1)', 'control character the parser would strip'],
    [' https://www.gov.cn/', 'leading space'],
    ['https://www.gov.cn/\u0000', 'NUL'],
    ['file:///etc/passwd', 'local file'],
    ['file://server/share/x.exe', 'UNC share'],
    ['data:text/html,<script>alert(1)</script>', 'data URL'],
    ['blob:https://www.gov.cn/0b7b2f1e', 'blob URL'],
    ['vbscript:msgbox', 'vbscript'],
    ['smb://host/share', 'SMB'],
    ['ms-msdt:/id PCWDiagnostic', 'protocol handler that runs programs'],
    ['ftp://ftp.gov.cn/', 'FTP'],
    ['http://localhost:5173/', 'localhost'],
    ['http://LOCALHOST/', 'localhost, upper case'],
    ['http://localhost./', 'localhost with trailing dot'],
    ['http://app.localhost/', 'subdomain of localhost'],
    ['http://127.0.0.1/', 'loopback'],
    ['http://0x7f.1/', 'loopback in hex shorthand'],
    ['http://2130706433/', 'loopback as one integer'],
    ['http://0177.0.0.1/', 'loopback in octal'],
    ['http://[::1]/', 'IPv6 loopback'],
    ['http://[::ffff:127.0.0.1]/', 'IPv4-mapped IPv6'],
    ['http://192.168.1.1/admin', 'private network address'],
    ['http://8.8.8.8/', 'public IP literal'],
    ['http://printer/', 'single-label intranet name'],
    ['http://nas.local/', 'mDNS name'],
    ['http://router.lan/', 'home network name'],
    ['https://www.gov.cn@evil.com/', 'user info that hides the real host'],
    ['https://user:pass@www.gov.cn/', 'credentials'],
    ['https://:pass@www.gov.cn/', 'password only'],
    ['https://аpple.com/', 'Cyrillic look-alike (IDN)'],
    ['https://xn--pple-43d.com/', 'punycode look-alike'],
    ['https://政府.中国/', 'internationalised name'],
    ['https://www.gov.cn\\@evil.com/', 'backslash trick'],
    ['https://www.gov.1/', 'numeric top-level label'],
    ['https://', 'no host'],
    ['//www.gov.cn/', 'scheme-relative'],
    ['www.gov.cn', 'no scheme'],
    ['', 'empty'],
    [`https://www.gov.cn/${'a'.repeat(3000)}`, 'overlong'],
  ])('refuses %s (%s)', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});
