import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { systemTimers, type Timers } from '../../core/util/index.js';

/** Hold this long on a touch screen to open a menu. */
export const LONG_PRESS_MS = 500;
/** A finger that moves further than this (CSS px) is scrolling, not pressing. */
export const LONG_PRESS_SLOP = 10;

export interface LongPressPoint {
  readonly x: number;
  readonly y: number;
}

export interface LongPressOptions<T> {
  /** What a touch on `event` presses (a message, a conversation row), or undefined when it is not a press to track. */
  target(event: PointerEvent): T | undefined;
  /** The finger stayed down long enough: open the menu for `target`. */
  onLongPress(target: T, at: LongPressPoint): void;
  /** The finger lifted after a long press (pointerup), in the same task as the browser's own handling of it. */
  onRelease?(target: T, at: LongPressPoint): void;
  /** How long to hold (default `LONG_PRESS_MS`). */
  holdMs?: number;
  /** How far the finger may move (default `LONG_PRESS_SLOP`). */
  slop?: number;
}

/**
 * The kit's one long-press: a finger held still on a touch screen for `holdMs` opens a menu, the
 * touch version of right-click. It listens on the host (its shadow tree's events reach it), so an
 * element with many rows keeps one controller and says through `target` which row was pressed.
 *
 * After a long press it cancels the `touchend`: that is the one way to stop the click that would
 * follow (opening the chat under the finger, or light-dismissing a popover menu opened while the
 * finger was down). Time comes from `timers`, which tests replace to hold without waiting.
 */
export class LongPressController<T> implements ReactiveController {
  /** The clock of the hold; a test puts its own here before pressing. */
  timers: Timers = systemTimers;
  private timer: unknown;
  private press?: { target: T; at: LongPressPoint };
  /** The long press fired and the finger is not lifted yet. */
  private fired?: { target: T; at: LongPressPoint };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: LongPressOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const host = this.host;
    host.addEventListener('pointerdown', this.onPointerDown);
    host.addEventListener('pointermove', this.onPointerMove);
    host.addEventListener('pointerup', this.onPointerUp);
    host.addEventListener('pointercancel', this.cancel);
    // Not passive: cancelling it is what stops the click after a long press.
    host.addEventListener('touchend', this.onTouchEnd, { passive: false });
  }

  hostDisconnected(): void {
    const host = this.host;
    host.removeEventListener('pointerdown', this.onPointerDown);
    host.removeEventListener('pointermove', this.onPointerMove);
    host.removeEventListener('pointerup', this.onPointerUp);
    host.removeEventListener('pointercancel', this.cancel);
    host.removeEventListener('touchend', this.onTouchEnd);
    this.reset();
  }

  /** A long press fired and the finger is still down. */
  get isHeld(): boolean {
    return this.fired !== undefined;
  }

  /** Forget any press, pending or fired (the host now shows something else). */
  reset(): void {
    this.cancel();
    this.fired = undefined;
  }

  private readonly onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType !== 'touch') return;
    this.reset();
    const target = this.options.target(event);
    if (target === undefined) return;
    const press = { target, at: { x: event.clientX, y: event.clientY } };
    this.press = press;
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      if (this.press !== press) return;
      this.press = undefined;
      this.fired = press;
      this.options.onLongPress(press.target, press.at);
    }, this.options.holdMs ?? LONG_PRESS_MS);
  };

  private readonly onPointerMove = (event: PointerEvent): void => {
    const press = this.press;
    if (!press) return;
    const slop = this.options.slop ?? LONG_PRESS_SLOP;
    if (Math.hypot(event.clientX - press.at.x, event.clientY - press.at.y) > slop) this.cancel();
  };

  private readonly onPointerUp = (event: PointerEvent): void => {
    this.cancel();
    const fired = this.fired;
    if (event.pointerType === 'touch' && fired) this.options.onRelease?.(fired.target, fired.at);
  };

  private readonly onTouchEnd = (event: TouchEvent): void => {
    if (!this.fired) return;
    this.fired = undefined;
    if (event.cancelable) event.preventDefault();
  };

  /** The finger moved, lifted early or the browser took the gesture: no long press. */
  private readonly cancel = (): void => {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.press = undefined;
  };
}
