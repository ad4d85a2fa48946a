import type { ChatStoreApi } from '../../core/store/index.js';

/** A demo chat made for one `<tim-chat demo>`: its store, how to start it, how to end it. */
export interface DemoChat {
  readonly store: ChatStoreApi;
  /** Signs in; the store shows its cache before (resolves once connected). */
  start(): Promise<void>;
  /** Signs out and closes the embedded backend. */
  stop(): Promise<void>;
}

/** Makes a demo chat signed in as `userID`. */
export type DemoChatFactory = (userID: string) => Promise<DemoChat>;

/**
 * How `<tim-chat demo>` finds the demo without importing it: `tim-elements/demo` registers its
 * factory here when it is imported. The elements' entry never loads the embedded backend or the
 * demo data, so an app that does not ask for the demo ships none of it.
 */
let provided: DemoChatFactory | undefined;
const waiting: Array<(factory: DemoChatFactory) => void> = [];

export function provideDemoChat(factory: DemoChatFactory): void {
  provided = factory;
  for (const resolve of waiting.splice(0)) resolve(factory);
}

/** The demo's factory, now or once `tim-elements/demo` is imported. */
export function whenDemoProvided(): Promise<DemoChatFactory> {
  return provided ? Promise.resolve(provided) : new Promise((resolve) => waiting.push(resolve));
}

export function isDemoProvided(): boolean {
  return provided !== undefined;
}
