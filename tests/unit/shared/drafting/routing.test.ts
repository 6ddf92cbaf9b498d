import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routeAuthorities, type Route } from '../../../../shared/drafting/routing.ts';

/** Passages of the CoWIN reply as the seed article quotes them (MediaNama, July 2023). */
const COWIN_REPLY = 'Taking cognizance of the cyber incident regarding CoWIN data in June 2023, CERT-In coordinated incident response measures with Ministry of Health & Family Welfare (MoHFW). The MoHFW has lodged a complaint and F.I.R has been registered by a law enforcement agency, and CERT-In has provided inputs to facilitate investigation.';

const idsOf = (routes: ReadonlyArray<Route>): ReadonlyArray<string> => routes.map((r) => r.authority.id);
const route = (routes: ReadonlyArray<Route>, id: string): Route => {
  const r = routes.find((x) => x.authority.id === id);
  if (!r) throw new Error(`no route to ${id} in ${idsOf(routes).join(', ')}`);
  return r;
};

describe('routeAuthorities on the CoWIN reply', () => {
  const routes = routeAuthorities({ ministry: 'Electronics and Information Technology', text: COWIN_REPLY });

  it('puts the ministry answering the question first, then MoHFW, and CERT-In last', () => {
    expect(idsOf(routes)).toEqual(['meity', 'mohfw', 'cert-in']);
    expect(route(routes, 'meity').reason).toMatch(/addressed to the Minister of Electronics and Information Technology/);
    expect(route(routes, 'mohfw').reason).toMatch(/CoWIN/);
  });

  it('warns that CERT-In is exempt under s.24 since 24 Nov 2023 and points to the ministries\' own records', () => {
    const cert = route(routes, 'cert-in');
    const w = cert.warnings.join(' ');
    expect(w).toMatch(/s\.24/);
    expect(w).toMatch(/since 24\.11\.2023/);
    expect(w).toMatch(/Ask MeitY and MoHFW for their own records/);
    expect(w).toMatch(/corruption and human-rights/);
    expect(route(routes, 'meity').warnings.join(' ')).not.toMatch(/s\.24/);
  });

  it('says where a PIO address is still missing', () => {
    expect(route(routes, 'mohfw').warnings.some((w) => /No PIO address/.test(w))).toBe(true);
  });
});

describe('routeAuthorities: exempt bodies and their ministries', () => {
  it('proposes the parent ministry in place of CERT-In even when no ministry is given', () => {
    const routes = routeAuthorities({ ministry: null, text: 'CERT-In issued an advisory.' });
    expect(idsOf(routes)).toEqual(['meity', 'cert-in']);
    expect(route(routes, 'meity').reason).toMatch(/^Instead of CERT-In \(s\.24\)/);
  });

  it('walks past an exempt parent (NCCC sits under CERT-In) to an open ministry', () => {
    const routes = routeAuthorities({ ministry: null, text: 'The National Cyber Coordination Centre has been set up.' });
    expect(idsOf(routes)).toEqual(['meity', 'nccc']);
    expect(route(routes, 'nccc').warnings.join(' ')).toMatch(/probably exempt \(unconfirmed\)/);
  });

  it('never ranks an exempt authority above an open one', () => {
    fc.assert(
      fc.property(
        fc.subarray(['CERT-In', 'CoWIN', 'Delhi Police', 'NCIIPC', 'MeitY', 'Home Affairs', 'GNCTD', 'NIC', 'DoPT']),
        fc.option(fc.constantFrom('Home Affairs', 'Health & Family Welfare', 'Coal'), { nil: null }),
        (names, ministry) => {
          const routes = routeAuthorities({ ministry, text: names.join(' and ') });
          const exempt = routes.map((r) => r.authority.s24.value);
          expect(exempt).toEqual([...exempt].sort((a, b) => Number(a) - Number(b)));
        },
      ),
    );
  });
});

describe('routeAuthorities: central and state public authorities', () => {
  it('tells a state authority apart and warns that RTI Online would return it without refund', () => {
    const routes = routeAuthorities({ ministry: null, text: 'The Delhi Government hospital was affected.' });
    const gnctd = route(routes, 'gnctd');
    expect(gnctd.authority.jurisdiction.value).toBe('DL');
    expect(gnctd.warnings.join(' ')).toMatch(/not on RTI Online.*returns state matters without refund/);
  });

  it('flags Delhi Police\'s central status as unconfirmed', () => {
    const routes = routeAuthorities({ ministry: 'Home Affairs', text: 'The Special Cell of Delhi Police registered an FIR.' });
    expect(idsOf(routes)).toEqual(['mha', 'delhi-police']);
    const dp = route(routes, 'delhi-police').warnings.join(' ');
    expect(dp).toMatch(/central or a state public authority is not confirmed/);
    expect(dp).toMatch(/Whether RTI Online serves Delhi Police is not confirmed/);
  });

  it('matches ministry names however they are written, and nothing when nothing is named', () => {
    expect(idsOf(routeAuthorities({ ministry: 'MINISTRY OF HEALTH & FAMILY WELFARE', text: '' }))).toEqual(['mohfw']);
    expect(routeAuthorities({ ministry: null, text: 'The weather was fine.' })).toEqual([]);
    expect(routeAuthorities({ ministry: 'Coal', text: '' })).toEqual([]);
  });

  it('never throws on random input', () => {
    fc.assert(fc.property(fc.option(fc.string(), { nil: null }), fc.string({ unit: 'binary', maxLength: 500 }), (ministry, text) => {
      expect(Array.isArray(routeAuthorities({ ministry, text }))).toBe(true);
    }));
  });
});
