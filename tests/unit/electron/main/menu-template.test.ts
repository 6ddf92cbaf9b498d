import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { aboutText, menuTemplate } from '../../../../electron/main/menu-template.ts';
import type { EngineLanguage } from '../../../../shared/messages/catalogue.ts';
import type { MenuCommand } from '../../../../shared/ipc/events.ts';

function items(template: ReadonlyArray<MenuItemConstructorOptions>): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function build(language: EngineLanguage, isMac: boolean, recent: ReadonlyArray<{ id: string; title: string }> = []) {
  const commands: MenuCommand[] = [];
  let about = 0;
  const template = menuTemplate({ language, recent, isMac, isPackaged: false, onCommand: (c) => commands.push(c), onAbout: () => { about += 1; } });
  return { template, commands, aboutCount: () => about };
}

/** Every label the menu shows, but the titles of recent cases (the user's own words). */
function labels(template: ReadonlyArray<MenuItemConstructorOptions>, recentTitles: ReadonlyArray<string> = []): string[] {
  return items(template).filter((i) => i.type !== 'separator' && i.role !== 'appMenu').map((i) => i.label ?? '').filter((l) => !recentTitles.includes(l));
}

describe('the application menu', () => {
  for (const isMac of [false, true]) {
    it(`has no Latin letter in Hindi but the app's name (${isMac ? 'macOS' : 'Windows and Linux'})`, () => {
      const { template } = build('hi', isMac);
      const shown = labels(template);
      expect(shown.length).toBeGreaterThan(20);
      for (const label of shown) {
        expect(label, 'every item has a label of its own').not.toBe('');
        expect(label.replace('Unanswered', ''), label).not.toMatch(/[A-Za-z&]/);
      }
      expect(shown).toContain('फ़ाइल');
      expect(shown).toContain('हाल के मामले');
      expect(shown).toContain('कोई हाल का मामला नहीं');
      expect(shown).toContain('Unanswered (अनुत्तरित) के बारे में');
    });
  }

  it('keeps the English labels, mnemonics and the same accelerators in both languages', () => {
    const en = items(build('en', false).template);
    const hi = items(build('hi', false).template);
    expect(en.map((i) => i.label)).toEqual(expect.arrayContaining(['&File', 'New Case…', 'Recent Cases', 'No recent cases', 'Save a Copy…', 'Export as Word…', 'Deadlines Dashboard', 'Settings…', '&Edit', 'Find in All Cases…', '&View', 'How to Use Unanswered', 'About Unanswered']));
    expect(hi.map((i) => i.accelerator)).toEqual(en.map((i) => i.accelerator));
    expect(hi.map((i) => i.role)).toEqual(en.map((i) => i.role));
  });

  it('lists recent cases by their own title and sends the commands they stand for', () => {
    const recent = [{ id: 'c1', title: 'Rail safety (EN title)' }];
    const { template, commands, aboutCount } = build('hi', false, recent);
    const all = items(template);
    const click = (label: string) => {
      const item = all.find((i) => i.label === label);
      if (!item?.click) throw new Error(`no item ${label}`);
      (item.click as () => void)();
    };
    click('Rail safety (EN title)');
    click('नया मामला…');
    click('Unanswered (अनुत्तरित) के बारे में');
    expect(commands).toEqual([{ command: 'open-case', caseId: 'c1' }, { command: 'new-case' }]);
    expect(aboutCount()).toBe(1);
    expect(labels(template, recent.map((r) => r.title))).not.toContain('कोई हाल का मामला नहीं');
  });

  it('writes the About box in Hindi', () => {
    const text = aboutText('hi', '0.1.0');
    expect(text.message).toBe('Unanswered 0.1.0');
    expect(`${text.title}\n${text.detail}`.replace('Unanswered', '')).not.toMatch(/[A-Za-z]/);
    expect(aboutText('en', '0.1.0').title).toBe('About Unanswered');
  });
});
