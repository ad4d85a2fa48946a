import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatDayLabel, formatListTime } from '../../src/core/i18n/format-time.js';

/** Local noon of a day `daysAgo` before 2026-12-04 (a Friday), in seconds. */
const noon = (daysAgo: number) => new Date(2026, 11, 4 - daysAgo, 12, 0, 0).getTime() / 1000;
const now = new Date(2026, 11, 7, 18, 0, 0).getTime(); // Monday evening

describe('times in lists and day labels', () => {
  it('Chinese writes a weekday one way (星期五) in the conversation list and in the day label', () => {
    assert.equal(formatListTime(noon(0), 'zh-CN', now), '星期五');
    assert.equal(formatDayLabel(noon(0), 'zh-CN', now), '星期五');
    // Earlier this year the day label names the weekday too, in the same form.
    assert.match(formatDayLabel(noon(30), 'zh-CN', now), /星期/);
    assert.doesNotMatch(formatDayLabel(noon(30), 'zh-CN', now), /周/);
  });

  it('English keeps "Fri" in a list row and "Friday" as a day label', () => {
    assert.equal(formatListTime(noon(0), 'en', now), 'Fri');
    assert.equal(formatDayLabel(noon(0), 'en', now), 'Friday');
  });
});
