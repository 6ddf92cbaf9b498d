import { describe, expect, it } from 'vitest';
import { SYSTEM_OWNERS, systemAskedAbout, systemNamedIn } from '../../../../templates/rules/system-owners.ts';
import { concernOf } from '../../../../templates/rules/minister-concerned.ts';
import { findAuthority } from '../../../../templates/authorities/authorities.ts';
import { findMinistry } from '../../../../templates/authorities/ministries.ts';
import { messageTexts } from '../../../../shared/messages/texts.ts';
import { ENGINE_EN } from '../../../../shared/messages/catalogue-en.ts';
import { ENGINE_HI } from '../../../../shared/messages/catalogue-hi.ts';

const english = messageTexts('en', ENGINE_EN);
const hindi = messageTexts('hi', ENGINE_HI);

describe('the owners of government systems', () => {
  it('names for each system an owner the authorities and ministries tables know, with a source', () => {
    for (const s of SYSTEM_OWNERS) {
      const authority = findAuthority(s.authorityId);
      expect(authority?.ministryNames, s.id).toContain(s.ministry);
      expect(findMinistry(s.ministry)?.hi, s.id).toBeTruthy();
      expect(s.source.length, s.id).toBeGreaterThan(20);
      // A fact the docs hold only from the press says so in its source.
      if (!s.confirmed) expect(s.source, s.id).toMatch(/UNCONFIRMED/);
    }
  });

  it('words each owner in both languages, the Hindi with the ministry\'s official Hindi name', () => {
    for (const s of SYSTEM_OWNERS) {
      expect(english.text(s.owner), s.id).toContain(findAuthority(s.authorityId)?.name ?? '?');
      expect(hindi.text(s.owner), s.id).toContain(findMinistry(s.ministry)?.hi ?? '?');
      expect(hindi.text(s.owner), s.id).not.toMatch(/[A-Za-z]/);
    }
  });

  it('gives CoWIN to the Ministry of Health and Family Welfare, marked UNCONFIRMED (the docs quote it from the press)', () => {
    expect(systemNamedIn('the Co-WIN portal')?.ministry).toBe('Health and Family Welfare');
    expect(systemNamedIn('कोविन पोर्टल')?.authorityId).toBe('mohfw');
    expect(systemNamedIn('the CoWIN portal')?.confirmed).toBe(false);
  });

  it('takes a part about the system itself (audit, security, APIs, data), not one about the incident', () => {
    expect(systemAskedAbout('whether the security of the CoWIN portal has been audited since the breach')?.id).toBe('cowin');
    expect(systemAskedAbout('the date on which the APIs of the CoWIN portal were deactivated')?.id).toBe('cowin');
    expect(systemAskedAbout('क्या कोविन पोर्टल की सुरक्षा का ऑडिट किया गया है')?.id).toBe('cowin');
    expect(systemAskedAbout('the date of the complaint about the CoWIN data breach and the authority with which it was lodged')).toBeNull();
    expect(systemAskedAbout('whether the security of the portal has been audited')).toBeNull();
  });
});

describe('concernOf: the Minister who answers for a part', () => {
  it('sends a system\'s audit to its owner\'s Minister, and the police\'s acts to Home Affairs first', () => {
    expect(concernOf('whether the security of the CoWIN portal has been audited')?.ministry).toBe('Health and Family Welfare');
    expect(concernOf('whether anyone was arrested for the leak of CoWIN data held in the database')?.ministry).toBe('Home Affairs');
    expect(concernOf('the steps taken to contain the leaked data')).toBeNull();
  });
});
