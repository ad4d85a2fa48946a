import type { Message } from '../../model/message.js';
import type { SdkMessage } from './sdk-types.js';

/** Sent messages remembered for retries and recalls (the oldest delivered ones go first). */
const SENT_LIMIT = 2000;

export interface SentMessage {
  readonly sdkMessage: SdkMessage;
  /** The send (or resend) in flight, so a second call for the same message joins it. */
  inFlight?: Promise<Message>;
  /** The stored result once it succeeded (a retry returns it instead of sending again). */
  stored?: Message;
}

/**
 * The SDK messages this adapter created, by the kit's client ID, and the SDK's (server) ID each
 * got: the kit keeps its own ID for a message it sent, every other client sees the SDK's.
 */
export class SentMessages {
  private readonly byClientID = new Map<string, SentMessage>();
  private readonly serverIDs = new Map<string, string>();

  get(clientID: string): SentMessage | undefined {
    return this.byClientID.get(clientID);
  }

  set(clientID: string, entry: SentMessage): void {
    this.byClientID.set(clientID, entry);
  }

  /** The send succeeded: remember the server's ID, and forget the oldest delivered ones past the limit. */
  delivered(clientID: string, entry: SentMessage, stored: Message): void {
    entry.stored = stored;
    this.serverIDs.set(clientID, stored.ID);
    for (const [id, sent] of this.byClientID) {
      if (this.byClientID.size <= SENT_LIMIT) break;
      if (!sent.stored) continue;
      this.byClientID.delete(id);
      this.serverIDs.delete(id);
    }
  }

  /** The SDK's ID for a message ID the kit uses (its own client ID, or already the SDK's). */
  serverIDOf(id: string): string {
    return this.serverIDs.get(id) ?? id;
  }

  clear(): void {
    this.byClientID.clear();
    this.serverIDs.clear();
  }
}
