/**
 * Pinned wins feed the pre-performance mastery review, which the protocol keeps to
 * "2-3 key past mastery experiences": a short review the client can actually read
 * before a challenge. So at most three can be pinned.
 */

export const MAX_PINNED = 3;

export const PIN_LIMIT_MESSAGE = `You can pin up to ${MAX_PINNED} wins. Unpin one to make room for this one.`;

export type PinCheck = { ok: true } | { ok: false; message: string };

/** `pinnedCount` is how many of the client's other wins are pinned now. */
export function canPin(pinnedCount: number): PinCheck {
  return pinnedCount < MAX_PINNED ? { ok: true } : { ok: false, message: PIN_LIMIT_MESSAGE };
}
