import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupApplicationStrings, type GroupApplicationStrings } from '../../src/components/message/group-application/strings.js';
import ar from '../../src/locales/ar.js';
import de from '../../src/locales/de.js';
import es from '../../src/locales/es.js';
import fr from '../../src/locales/fr.js';
import ja from '../../src/locales/ja.js';
import ko from '../../src/locales/ko.js';
import ptBR from '../../src/locales/pt-BR.js';
import ru from '../../src/locales/ru.js';
import zhTW from '../../src/locales/zh-TW.js';

const TABLES: Record<string, Partial<GroupApplicationStrings> | undefined> = {
  en: groupApplicationStrings.en,
  'zh-CN': groupApplicationStrings['zh-CN'],
  'zh-TW': zhTW.groupApplications,
  ja: ja.groupApplications,
  ko: ko.groupApplications,
  es: es.groupApplications,
  fr: fr.groupApplications,
  de: de.groupApplications,
  'pt-BR': ptBR.groupApplications,
  ru: ru.groupApplications,
  ar: ar.groupApplications,
};

test('every locale names Accept / Decline for the request and contains the visible word (WCAG 2.5.3, label in name)', () => {
  for (const [code, t] of Object.entries(TABLES)) {
    assert.ok(
      t?.accept && t.decline && t.acceptRequest && t.declineRequest && t.acceptInvitation && t.declineInvitation,
      `${code} is complete`,
    );
    for (const [name, visible] of [
      [t.acceptRequest('Person', 'Group'), t.accept],
      [t.declineRequest('Person', 'Group'), t.decline],
      [t.acceptInvitation('Person', 'Group'), t.accept],
      [t.declineInvitation('Person', 'Group'), t.decline],
    ] as const) {
      assert.ok(name.toLocaleLowerCase().includes(visible.toLocaleLowerCase()), `${code}: "${name}" holds "${visible}"`);
      assert.ok(name.includes('Person') && name.includes('Group'), `${code}: "${name}" names who and which group`);
    }
  }
});
