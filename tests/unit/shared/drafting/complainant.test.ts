import { describe, expect, it } from 'vitest';
import { complainantMinistry } from '../../../../shared/drafting/complainant.ts';
import { answersFor } from '../../../../shared/drafting/gaps.ts';
import { asksAboutComplaint } from '../../../../templates/rules/complainant.ts';

describe('the complainant Ministry, as a reply names it', () => {
  it('reads who lodged the complaint, by short name or full name, in either word order', () => {
    expect(complainantMinistry(['The MoHFW has lodged a complaint and F.I.R has been registered by a law enforcement agency.'])).toBe('Health and Family Welfare');
    expect(complainantMinistry(['A complaint was lodged by the Ministry of Electronics and Information Technology with the police.'])).toBe('Electronics and Information Technology');
    expect(complainantMinistry(['No complaint is mentioned here.', 'The Ministry of Health and Family Welfare has filed a complaint.'])).toBe('Health and Family Welfare');
  });

  it('names none where the reply names no complainant, or one the authority table does not know', () => {
    expect(complainantMinistry(['An FIR has been registered.'])).toBeNull();
    expect(complainantMinistry(['The Acme Corporation has lodged a complaint.'])).toBeNull();
  });
});

describe('a notice part on the complaint goes to the complainant\'s Minister (LS Rule 41(1))', () => {
  const meity = { ministry: 'Electronics and Information Technology', answeredTheReply: true, complainant: 'Health and Family Welfare' };
  const health = { ministry: 'Health and Family Welfare', answeredTheReply: false, complainant: 'Health and Family Welfare' };
  const part = 'the date of the complaint about the CoWIN data breach and the authority with which it was lodged';

  it('takes it off the notice to the Minister who only mentioned it, and puts it on the complainant\'s', () => {
    expect(asksAboutComplaint(part)).toBe(true);
    expect(answersFor(meity, part)).toBe(false);
    expect(answersFor(health, part)).toBe(true);
    expect(answersFor(meity, 'the name of the agency which registered the First Information Report on the breach')).toBe(false);
  });

  it('leaves other parts with the Minister who gave the reply, and a case with no complainant as before', () => {
    expect(answersFor(meity, 'the steps taken to contain the leaked data')).toBe(true);
    expect(answersFor(health, 'the steps taken to contain the leaked data')).toBe(false);
    expect(answersFor({ ...meity, complainant: null }, part)).toBe(true);
  });

  it('sends the police\'s acts on the FIR to Home Affairs first', () => {
    expect(answersFor(health, 'whether any person has been arrested on the First Information Report')).toBe(false);
    expect(answersFor({ ministry: 'Home Affairs', answeredTheReply: false, complainant: 'Health and Family Welfare' }, 'whether any person has been arrested on the First Information Report')).toBe(true);
  });
});
