import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  VOICE_LIMIT_MS,
  VoiceRecording,
  voiceBusy,
  type VoicePhase,
  type VoiceRecorder,
  type VoiceTake,
} from '../../src/core/composer/voice-recording.js';
import { pickVoiceMimeType, voiceFailureOf, VoiceUnavailableError } from '../../src/core/composer/voice-capability.js';
import { voiceUnavailable } from '../../src/core/composer/voice-platform.js';
import { composerWorld } from './composer-fake-store.js';
import { ManualTimers } from '../support/manual-timers.js';

/** A recorder whose start and stop answer when the test says; it logs what it was asked. */
class FakeRecorder implements VoiceRecorder {
  readonly calls: string[] = [];
  private started?: { resolve: () => void; reject: (e: unknown) => void };
  constructor(private readonly audio = new Blob([new Uint8Array(3200)], { type: 'audio/webm;codecs=opus' })) {}
  start(): Promise<void> {
    this.calls.push('start');
    return new Promise((resolve, reject) => (this.started = { resolve, reject }));
  }
  grant(): void {
    this.started!.resolve();
  }
  refuse(name: string): void {
    this.started!.reject(Object.assign(new Error(name), { name }));
  }
  stop(): Promise<Blob> {
    this.calls.push('stop');
    return Promise.resolve(this.audio);
  }
  discard(): void {
    this.calls.push('discard');
  }
}

function world(options: { audio?: Blob; send?: (take: VoiceTake) => Promise<void> } = {}) {
  const timers = new ManualTimers();
  const recorders: FakeRecorder[] = [];
  const sent: VoiceTake[] = [];
  const phases: VoicePhase[] = [];
  const voice = new VoiceRecording({
    timers,
    recorder: () => {
      const recorder = new FakeRecorder(options.audio);
      recorders.push(recorder);
      return recorder;
    },
    send:
      options.send ??
      ((take) => {
        sent.push(take);
      }),
  });
  voice.state.subscribe(
    (s) => s.phase,
    (phase) => phases.push(phase),
  );
  const recorder = () => recorders.at(-1)!;
  /** Start and let the microphone be granted. */
  const startRecording = async (mode: 'hold' | 'toggle' = 'toggle') => {
    const started = voice.start(mode);
    recorder().grant();
    await started;
  };
  return { timers, voice, sent, phases, recorder, recorders, startRecording };
}

describe('VoiceRecording: the state machine of a voice message', () => {
  it('click to start, click to stop: requesting → recording (the timer ticks) → stopping → sending → idle, with whole seconds', async () => {
    const { timers, voice, sent, phases, recorder, startRecording } = world();
    await startRecording('toggle');
    assert.equal(voice.state.get().phase, 'recording');
    assert.equal(voice.state.get().mode, 'toggle');
    timers.advance(200);
    assert.equal(voice.state.get().elapsedMs, 200);
    timers.advance(2_200);
    assert.equal(voice.state.get().elapsedMs, 2_400, 'ticks fall on whole multiples of the tick');
    timers.advance(100);
    await voice.finish();
    assert.deepEqual(phases, ['requesting', 'recording', 'stopping', 'sending', 'idle']);
    assert.equal(sent.length, 1);
    assert.equal(sent[0]!.seconds, 3, '2.5 s rounds to 3');
    assert.equal(sent[0]!.durationMs, 2_500);
    assert.equal(sent[0]!.blob.type, 'audio/webm;codecs=opus');
    assert.deepEqual(recorder().calls, ['start', 'stop']);
  });

  it('stops and sends by itself at 60 s, warning in the last 10 s', async () => {
    const { timers, voice, sent, startRecording } = world();
    await startRecording();
    timers.advance(49_800);
    assert.equal(voice.state.get().remainingMs, null, 'no warning before the last 10 s');
    timers.advance(200);
    assert.equal(voice.state.get().remainingMs, 10_000);
    timers.advance(5_000);
    assert.equal(voice.state.get().remainingMs, 5_000);
    timers.advance(5_000);
    // The limit's finish goes on through the recorder's stop and the send (promises): let them answer.
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(voice.state.get().phase, 'idle');
    assert.equal(voice.state.get().reachedLimit, true);
    assert.equal(sent.length, 1);
    assert.equal(sent[0]!.seconds, VOICE_LIMIT_MS / 1000);
    timers.advance(10_000);
    assert.equal(sent.length, 1, 'nothing more after the limit');
  });

  it('throws away a take under 1 s and says it was too short', async () => {
    const { timers, voice, sent, recorder, startRecording } = world();
    await startRecording('hold');
    timers.advance(999);
    voice.release();
    await Promise.resolve();
    assert.equal(voice.state.get().phase, 'cancelled');
    assert.equal(voice.state.get().cancelReason, 'too-short');
    assert.deepEqual(recorder().calls, ['start', 'discard']);
    assert.equal(sent.length, 0);
    voice.dismiss();
    assert.equal(voice.state.get().phase, 'idle');
    assert.equal(voice.state.get().cancelReason, null);
  });

  it('a release before the microphone answered is too short; the recorder is discarded once it starts', async () => {
    const { voice, sent, recorder } = world();
    const started = voice.start('hold');
    voice.release();
    assert.equal(voice.state.get().phase, 'requesting');
    recorder().grant();
    await started;
    assert.equal(voice.state.get().phase, 'cancelled');
    assert.equal(voice.state.get().cancelReason, 'too-short');
    assert.deepEqual(recorder().calls, ['start', 'discard']);
    assert.equal(sent.length, 0);
  });

  it('hold: sliding away arms cancel ("release to cancel"), sliding back disarms, release while armed cancels', async () => {
    const { timers, voice, sent, recorder, startRecording } = world();
    await startRecording('hold');
    timers.advance(3_000);
    voice.armCancel(true);
    assert.equal(voice.state.get().cancelArmed, true);
    voice.armCancel(false);
    assert.equal(voice.state.get().cancelArmed, false);
    voice.armCancel(true);
    voice.release();
    assert.equal(voice.state.get().phase, 'cancelled');
    assert.equal(voice.state.get().cancelReason, 'user');
    assert.equal(voice.state.get().cancelArmed, false);
    assert.deepEqual(recorder().calls, ['start', 'discard']);
    assert.equal(sent.length, 0);
    timers.advance(VOICE_LIMIT_MS);
    assert.equal(sent.length, 0, 'the limit timer went with the take');
  });

  it('armCancel means nothing in toggle mode (a mouse has no slide)', async () => {
    const { voice, startRecording } = world();
    await startRecording('toggle');
    voice.armCancel(true);
    assert.equal(voice.state.get().cancelArmed, false);
  });

  it('Esc (cancel) while recording throws the take away; while asking for the microphone too', async () => {
    const first = world();
    await first.startRecording();
    first.timers.advance(4_000);
    first.voice.cancel();
    assert.equal(first.voice.state.get().phase, 'cancelled');
    assert.deepEqual(first.recorder().calls, ['start', 'discard']);

    const second = world();
    const started = second.voice.start('toggle');
    second.voice.cancel();
    assert.equal(second.voice.state.get().phase, 'cancelled');
    second.recorder().grant();
    await started;
    assert.equal(second.voice.state.get().phase, 'cancelled', 'a late grant does not start recording');
    assert.ok(second.recorder().calls.includes('discard'), 'the microphone is released');
    second.timers.advance(VOICE_LIMIT_MS);
    assert.equal(second.sent.length, 0);
  });

  it('a refused microphone fails with the reason; a new start is allowed afterwards', async () => {
    for (const [name, failure] of [
      ['NotAllowedError', 'denied'],
      ['NotFoundError', 'no-microphone'],
      ['NotReadableError', 'busy'],
      ['TypeError', 'failed'],
    ] as const) {
      const { voice, recorder, startRecording } = world();
      const started = voice.start('toggle');
      recorder().refuse(name);
      await started;
      assert.equal(voice.state.get().phase, 'failed', name);
      assert.equal(voice.state.get().failure, failure, name);
      await startRecording();
      assert.equal(voice.state.get().phase, 'recording', `after ${name}`);
      assert.equal(voice.state.get().failure, null);
    }
  });

  it('an empty recording fails instead of sending nothing', async () => {
    const { timers, voice, sent, startRecording } = world({ audio: new Blob([]) });
    await startRecording();
    timers.advance(2_000);
    await voice.finish();
    assert.equal(voice.state.get().phase, 'failed');
    assert.equal(voice.state.get().failure, 'failed');
    assert.equal(sent.length, 0);
  });

  it('stays "sending" until the send settles; a second start meanwhile is ignored', async () => {
    let settle!: () => void;
    const { timers, voice, recorders, startRecording } = world({ send: () => new Promise<void>((resolve) => (settle = resolve)) });
    await startRecording();
    timers.advance(1_500);
    const finished = voice.finish();
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(voice.state.get().phase, 'sending');
    assert.ok(voiceBusy(voice.state.get().phase));
    await voice.start('toggle');
    assert.equal(recorders.length, 1, 'no second recorder while sending');
    voice.cancel();
    assert.equal(voice.state.get().phase, 'sending', 'too late to cancel');
    settle();
    await finished;
    assert.equal(voice.state.get().phase, 'idle');
  });

  it('dispose (leaving the conversation) cancels a take under way', async () => {
    const { voice, recorder, startRecording } = world();
    await startRecording();
    voice.dispose();
    assert.equal(voice.state.get().phase, 'cancelled');
    assert.equal(voice.state.get().cancelReason, 'left');
    assert.deepEqual(recorder().calls, ['start', 'discard']);
  });
});

describe('voice capability: format, availability, failures', () => {
  it('picks the first supported format of the preference list; "" lets the browser choose', () => {
    assert.equal(
      pickVoiceMimeType((t) => t.startsWith('audio/webm')),
      'audio/webm;codecs=opus',
    );
    assert.equal(
      pickVoiceMimeType((t) => t === 'audio/ogg;codecs=opus' || t === 'audio/mp4'),
      'audio/ogg;codecs=opus',
    );
    assert.equal(
      pickVoiceMimeType((t) => t.startsWith('audio/mp4')),
      'audio/mp4;codecs=mp4a.40.2',
      'Safari',
    );
    assert.equal(
      pickVoiceMimeType(() => false),
      '',
    );
    assert.equal(pickVoiceMimeType(undefined), '');
    assert.equal(
      pickVoiceMimeType(() => {
        throw new Error('no');
      }),
      '',
    );
  });

  it('recording cannot work outside a secure context or without MediaRecorder / getUserMedia', () => {
    assert.equal(voiceUnavailable({ secureContext: true, getUserMedia: true, mediaRecorder: true }), null);
    assert.equal(voiceUnavailable({ secureContext: false, getUserMedia: true, mediaRecorder: true }), 'insecure');
    assert.equal(voiceUnavailable({ secureContext: true, getUserMedia: true, mediaRecorder: false }), 'unsupported');
    assert.equal(voiceUnavailable({ secureContext: true, getUserMedia: false, mediaRecorder: true }), 'unsupported');
  });

  it('names failures by the DOMException name', () => {
    assert.equal(voiceFailureOf({ name: 'NotAllowedError' }), 'denied');
    assert.equal(voiceFailureOf({ name: 'SecurityError' }), 'denied');
    assert.equal(voiceFailureOf({ name: 'NotFoundError' }), 'no-microphone');
    assert.equal(voiceFailureOf({ name: 'OverconstrainedError' }), 'no-microphone');
    assert.equal(voiceFailureOf({ name: 'NotReadableError' }), 'busy');
    assert.equal(voiceFailureOf({ name: 'NotSupportedError' }), 'unsupported');
    assert.equal(voiceFailureOf(new Error('x')), 'failed');
    assert.equal(voiceFailureOf(null), 'failed');
    assert.equal(voiceFailureOf(new VoiceUnavailableError('insecure')), 'insecure', "a recorder's own reason wins");
  });
});

describe('MessageComposer.composeVoice', () => {
  it('makes a sound message of the recording with its seconds; nothing when sending is blocked', () => {
    const { composer, store } = composerWorld('C2Cbob');
    const file = new Blob([new Uint8Array(10)], { type: 'audio/webm' });
    const composed = composer.composeVoice(file, 2);
    assert.deepEqual(composed?.content, { type: 'sound', file, second: 2 });
    assert.equal(composed?.conversationID, 'C2Cbob');
    store.state.set({ me: null });
    assert.equal(composer.composeVoice(file, 2), null);
  });
});
