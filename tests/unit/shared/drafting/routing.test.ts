import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routeAuthorities, type Route, type RouteNames } from '../../../../shared/drafting/routing.ts';

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

describe('routeAuthorities: the owner of a system the text names (system-owners.ts)', () => {
  it('proposes the owning ministry, with why, ahead of an authority the text merely names', () => {
    const routes = routeAuthorities({ ministry: 'Home Affairs', text: 'The Delhi Police asked for the logs; the security audit of the Co-WIN portal is awaited.' });
    expect(idsOf(routes)).toEqual(['mha', 'mohfw', 'delhi-police']);
    expect(route(routes, 'mohfw').reason).toBe('It owns the system the text names ("Co-WIN"), so it holds that system\'s audit reports, orders and data (ownership not confirmed from an official source).');
  });

  it('names no owner where the text names no system', () => {
    const routes = routeAuthorities({ ministry: 'Home Affairs', text: 'The security audit of the portal is awaited.' });
    expect(routes.some((r) => /owns the system/.test(r.reason))).toBe(false);
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

describe('routeAuthorities in Hindi', () => {
  /**
   * Hindi names as the authorities' data will give them (another change owns them); the routing
   * writes whatever names it is given. The Hindi names of ministries follow the Union's own Hindi
   * usage; short names are written out, since a Hindi sentence has no use for "MeitY".
   */
  const NAMES: Record<string, { name: string; shortName: string; note: string | null }> = {
    meity: { name: 'इलेक्ट्रॉनिकी और सूचना प्रौद्योगिकी मंत्रालय', shortName: 'इलेक्ट्रॉनिकी और सूचना प्रौद्योगिकी मंत्रालय', note: null },
    mohfw: { name: 'स्वास्थ्य और परिवार कल्याण मंत्रालय', shortName: 'स्वास्थ्य और परिवार कल्याण मंत्रालय', note: 'को-विन पोर्टल का स्वामी।' },
    'cert-in': { name: 'भारतीय कंप्यूटर आपात प्रतिक्रिया दल', shortName: 'सीईआरटी-इन', note: null },
  };
  const hindiNames: RouteNames = {
    authority: (a) => NAMES[a.id] ?? { name: a.name, shortName: a.shortName, note: null },
    state: (code) => (code === 'DL' ? 'दिल्ली' : code),
  };
  const routes = routeAuthorities({ ministry: 'Electronics and Information Technology', text: COWIN_REPLY, language: 'hi', hindiNames });

  it('routes the same way as in English', () => {
    expect(idsOf(routes)).toEqual(idsOf(routeAuthorities({ ministry: 'Electronics and Information Technology', text: COWIN_REPLY })));
  });

  it('gives the reasons in Hindi (golden)', () => {
    expect(routes.map((r) => r.reason)).toEqual([
      'प्रश्न इलेक्ट्रॉनिकी और सूचना प्रौद्योगिकी मंत्रालय के मंत्री को संबोधित था; उत्तर इसी मंत्रालय के अभिलेखों से तैयार किया गया।',
      'पाठ में जिस प्रणाली का उल्लेख है ("CoWIN") उसका स्वामी यही है, अतः उस प्रणाली की ऑडिट रिपोर्ट, आदेश और डेटा इसी के पास हैं (स्वामित्व की पुष्टि किसी आधिकारिक स्रोत से नहीं हुई)।',
      'पाठ में इसका उल्लेख है ("CERT-In")।',
    ]);
  });

  it('warns in Hindi that CERT-In is exempt under s.24 and points to the ministries\' own records (golden)', () => {
    expect(route(routes, 'cert-in').warnings).toEqual([
      'भारतीय कंप्यूटर आपात प्रतिक्रिया दल को सूचना का अधिकार अधिनियम, 2005 की धारा 24(1) और दूसरी अनुसूची के अंतर्गत छूट प्राप्त है (24.11.2023 से): '
      + 'अधिनियम न उस पर लागू होता है, न उसके द्वारा किसी मंत्रालय को दी गई सूचना पर। '
      + 'भ्रष्टाचार और मानवाधिकार उल्लंघन के आरोपों से संबंधित सूचना इस छूट से बाहर नहीं है (धारा 24(1) का परंतुक); मानवाधिकार उल्लंघन संबंधी सूचना केवल आयोग के अनुमोदन से, 45 दिनों के भीतर दी जाती है। '
      + 'इसके स्थान पर इलेक्ट्रॉनिकी और सूचना प्रौद्योगिकी मंत्रालय और स्वास्थ्य और परिवार कल्याण मंत्रालय से उनके अपने अभिलेख माँगें '
      + '(स्रोत: https://www.thehindu.com/news/national/central-government-exempts-cert-in-from-rti-act/article67569804.ece ; https://thewire.in/government/info-on-cert-in-inclusion-rti-exempt-orgs-is-secret)।',
      'भारतीय कंप्यूटर आपात प्रतिक्रिया दल के लोक सूचना अधिकारी का पता उपलब्ध नहीं है: डाक से आवेदन करने से पहले उसे उसके सूचना का अधिकार संबंधी पृष्ठ से लें।',
    ]);
  });

  it('writes a state authority\'s warning in Hindi, with the State\'s name as given', () => {
    const gnctd = route(routeAuthorities({ ministry: null, text: 'The Delhi Government hospital was affected.', language: 'hi', hindiNames }), 'gnctd');
    expect(gnctd.warnings[0]).toMatch(/^Government of NCT of Delhi \(its departments\) दिल्ली राज्य का लोक प्राधिकारी है: .*आरटीआई ऑनलाइन पर नहीं, .*शुल्क लौटाए बिना वापस कर देता है \(स्रोत: https:/);
  });

  it('keeps Latin letters only in the reply\'s own words and web addresses', () => {
    for (const r of routes) {
      for (const t of [r.reason, ...r.warnings]) expect(t.replace(/https?:\/\/\S+/g, '').replace(/\("[^"]*"\)/g, ''), t).not.toMatch(/[A-Za-z]/);
    }
  });

  it('shows users public addresses only, never the project\'s research notes', () => {
    for (const lang of ['en', 'hi'] as const) {
      for (const r of routeAuthorities({ ministry: 'Home Affairs', text: `${COWIN_REPLY} The Special Cell of Delhi Police registered an FIR. NCIIPC and the Delhi Government.`, language: lang, hindiNames })) {
        for (const w of r.warnings) expect(w).not.toMatch(/\.md\b|UNCONFIRMED/);
      }
    }
  });
});
