export { arrivalsBetween, newlyFailedSends, type Arrival, type ArrivalOptions } from './arrivals.js';
export {
  ArrivalAnnouncer,
  ARRIVAL_ANNOUNCE_INTERVAL_MS,
  type ArrivalAnnouncement,
  type ArrivalAnnouncerOptions,
} from './arrival-announcer.js';
export { ReactionAnnouncer, type ReactionAnnouncement, type ReactionAnnouncerOptions } from './reaction-announcer.js';
