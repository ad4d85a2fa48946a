import type { ServiceFeatures } from '../../service/chat-service.js';

/** TIM's default: one's own message can be recalled for 2 minutes after it was sent. */
export const DEFAULT_RECALL_WINDOW_SECONDS = 120;

/**
 * How long after sending one's own message can still be recalled, in seconds: the app's
 * override when it set one, else what the backend says (`features.recallWindowSeconds`), else
 * TIM's default. A value that is not a finite number ≥ 0 is ignored.
 */
export function recallWindowSeconds(features: ServiceFeatures | undefined, override?: number): number {
  if (isSeconds(override)) return override;
  const fromService = features?.recallWindowSeconds;
  return isSeconds(fromService) ? fromService : DEFAULT_RECALL_WINDOW_SECONDS;
}

function isSeconds(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}
