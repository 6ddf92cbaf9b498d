import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../../../shared/security/origin.ts';

describe('isAppUrl', () => {
  it('accepts the app origin and, in development, exactly the dev server origin', () => {
    expect(isAppUrl('app://unanswered/index.html', null)).toBe(true);
    expect(isAppUrl('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('ws://localhost:5173/', 'http://localhost:5173/')).toBe(true);
  });

  it('refuses look-alikes a prefix match would let through', () => {
    expect(isAppUrl('http://localhost:5173.evil.example/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('http://localhost:51730/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('app://unanswered.evil/', null)).toBe(false);
    expect(isAppUrl('app://other/index.html', null)).toBe(false);
    expect(isAppUrl('https://example.org/', null)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', null)).toBe(false);
    expect(isAppUrl('not a url', 'http://localhost:5173')).toBe(false);
  });
});
