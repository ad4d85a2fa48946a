import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LocationPicker, parseCoordinate, positionFailure, type PositionReader } from '../../src/core/composer/location-picker.js';
import { composerWorld } from './composer-fake-store.js';

function reader(
  result: () => Promise<{ latitude: number; longitude: number }>,
  unavailable: ReturnType<PositionReader['unavailable']> = null,
): PositionReader {
  return { unavailable: () => unavailable, read: result };
}

describe('sending a location: the picker', () => {
  it('parseCoordinate: decimals (a comma may be the decimal point) within ±90 / ±180; words, blanks and out-of-range values say what is wrong', () => {
    assert.equal(parseCoordinate(' 22.5405 ', 'latitude'), 22.5405);
    assert.equal(parseCoordinate('-33,8688', 'latitude'), -33.8688);
    assert.equal(parseCoordinate('+151.2093', 'longitude'), 151.2093);
    assert.equal(parseCoordinate('180', 'longitude'), 180);
    assert.equal(parseCoordinate('', 'latitude'), 'missing');
    assert.equal(parseCoordinate('north', 'latitude'), 'number');
    assert.equal(parseCoordinate('1e3', 'latitude'), 'number');
    assert.equal(parseCoordinate('1,2.3', 'latitude'), 'number');
    assert.equal(parseCoordinate('90.5', 'latitude'), 'range');
    assert.equal(parseCoordinate('-181', 'longitude'), 'range');
  });

  it("the Geolocation API's errors: 1 denied, 3 timeout, anything else unavailable", () => {
    assert.equal(positionFailure({ code: 1 }), 'denied');
    assert.equal(positionFailure({ code: 2 }), 'unavailable');
    assert.equal(positionFailure({ code: 3 }), 'timeout');
    assert.equal(positionFailure(new Error('boom')), 'unavailable');
  });

  it("the device's position fills the coordinates (six decimals); a refusal or an unusable page is said, and typing clears it", async () => {
    const picker = new LocationPicker();
    let answer!: (p: { latitude: number; longitude: number }) => void;
    const asking = picker.locate(reader(() => new Promise((resolve) => (answer = resolve))));
    assert.equal(picker.state.get().locating, true);
    answer({ latitude: 22.540512345, longitude: 113.934123456 });
    await asking;
    assert.deepEqual(
      [picker.state.get().locating, picker.state.get().latitude, picker.state.get().longitude],
      [false, '22.540512', '113.934123'],
    );

    await picker.locate(reader(() => Promise.reject({ code: 1, message: 'User denied Geolocation' })));
    assert.equal(picker.state.get().failure, 'denied');
    assert.equal(picker.state.get().latitude, '22.540512', 'what was there stays');
    picker.setField('latitude', '22.5');
    assert.equal(picker.state.get().failure, null);

    await picker.locate(reader(() => assert.fail('not asked'), 'insecure'));
    assert.equal(picker.state.get().failure, 'insecure');
  });

  it('an answer that comes after a reset is dropped', async () => {
    const picker = new LocationPicker();
    let answer!: (p: { latitude: number; longitude: number }) => void;
    const asking = picker.locate(reader(() => new Promise((resolve) => (answer = resolve))));
    picker.reset();
    answer({ latitude: 1, longitude: 2 });
    await asking;
    assert.deepEqual([picker.state.get().latitude, picker.state.get().locating], ['', false]);
  });

  it('content: the trimmed description and the numbers; wrong coordinates give null and the problems per field', () => {
    const picker = new LocationPicker();
    picker.setField('description', '  Blue Bottle   Coffee, Nanshan ');
    picker.setField('latitude', '95');
    picker.setField('longitude', '');
    assert.equal(picker.content(), null);
    assert.deepEqual(picker.state.get().problems, { latitude: 'range', longitude: 'missing' });
    picker.setField('latitude', '22.5405');
    assert.deepEqual(picker.state.get().problems, { longitude: 'missing' }, 'typing clears its own field');
    picker.setField('longitude', '113.9441');
    assert.deepEqual(picker.content(), {
      type: 'location',
      description: 'Blue Bottle Coffee, Nanshan',
      latitude: 22.5405,
      longitude: 113.9441,
    });
  });

  it('the composer sends it with its options when it may; a blocked composer sends nothing; leaving the conversation empties the picker', () => {
    const { store, composer } = composerWorld('C2Cbob');
    composer.configure({ send: { priority: 'High' } });
    composer.location.setField('description', 'Office');
    composer.location.setField('latitude', '31.2304');
    composer.location.setField('longitude', '121.4737');
    assert.deepEqual(composer.composeLocation(), {
      conversationID: 'C2Cbob',
      content: { type: 'location', description: 'Office', latitude: 31.2304, longitude: 121.4737 },
      options: { priority: 'High' },
    });
    composer.sync(store, 'C2Ccarol', null);
    assert.equal(composer.location.state.get().latitude, '');
    composer.location.setField('latitude', '1');
    composer.location.setField('longitude', '1');
    composer.sync(store, '@TIM#SYSTEM', null);
    composer.location.setField('latitude', '1');
    composer.location.setField('longitude', '1');
    assert.equal(composer.composeLocation(), null, 'system notifications cannot be answered');
  });
});
