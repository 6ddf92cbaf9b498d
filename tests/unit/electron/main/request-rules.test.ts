import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRequestAllowed, rendererFileFor } from '../../../../electron/main/request-rules.ts';

const ROOT = resolve('/opt/unanswered/out/renderer');

describe('network block', () => {
  it('lets through only the app itself, devtools, and the dev server in development', () => {
    expect(isRequestAllowed('app://unanswered/assets/index.js', null)).toBe(true);
    expect(isRequestAllowed('devtools://devtools/bundled/inspector.html', null)).toBe(true);
    expect(isRequestAllowed('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true);
    for (const url of ['https://fonts.googleapis.com/css', 'http://127.0.0.1:9/', 'file:///etc/passwd', 'wss://example.org/', 'https://clients2.google.com/', 'http://localhost:5173/']) {
      expect(isRequestAllowed(url, null), url).toBe(false);
    }
  });
});

describe('app:// protocol', () => {
  it('serves the built files, with / meaning index.html', () => {
    expect(rendererFileFor(ROOT, 'GET', 'app://unanswered/')).toEqual({ kind: 'file', path: join(ROOT, 'index.html') });
    expect(rendererFileFor(ROOT, 'GET', 'app://unanswered/assets/index-abc.js')).toEqual({ kind: 'file', path: join(ROOT, 'assets/index-abc.js') });
  });

  it('never serves a file outside the renderer folder', () => {
    for (const url of ['app://unanswered/..%2f..%2fmain%2findex.js', 'app://unanswered/assets/..%2F..%2F..%2Fsecret']) {
      expect(rendererFileFor(ROOT, 'GET', url), url).toEqual({ kind: 'forbidden' });
    }
    // The URL parser itself resolves plain and %2e dot segments, so they stay inside the folder.
    for (const url of ['app://unanswered/../../etc/passwd', 'app://unanswered/%2e%2e/%2e%2e/etc/passwd']) {
      const target = rendererFileFor(ROOT, 'GET', url);
      expect(target.kind === 'file' && target.path.startsWith(`${ROOT}/`), url).toBe(true);
    }
    expect(rendererFileFor(ROOT, 'GET', 'app://unanswered/%E0%A4%A')).toEqual({ kind: 'forbidden' });
  });

  it('answers nothing but GET on its own host', () => {
    expect(rendererFileFor(ROOT, 'POST', 'app://unanswered/index.html')).toEqual({ kind: 'not-found' });
    expect(rendererFileFor(ROOT, 'GET', 'app://other/index.html')).toEqual({ kind: 'not-found' });
  });
});
