// The emulator's injected clock. Signature expiry, rate-limit windows and (later) the instance state machine
// all read time from here, so tests and /_emulator/clock can move time without sleeping.

export interface Clock {
  /** Milliseconds since the epoch, as the emulator sees it. */
  now(): number;
  /** Whole seconds since the epoch (the unit of X-TC-Timestamp). */
  nowSeconds(): number;
  /** Jump to an absolute time (epoch ms). */
  set(epochMs: number): void;
  /** Move time forward (or back, with a negative value). */
  advance(ms: number): void;
  /** Difference between emulator time and the machine's real time, in ms. */
  offsetMs(): number;
}

/** Real time plus an adjustable offset: time keeps flowing, and can be shifted. */
export function createClock(initialOffsetMs = 0): Clock {
  let offset = initialOffsetMs;
  return {
    now: () => Date.now() + offset,
    nowSeconds: () => Math.floor((Date.now() + offset) / 1000),
    set: (epochMs) => {
      offset = epochMs - Date.now();
    },
    advance: (ms) => {
      offset += ms;
    },
    offsetMs: () => offset,
  };
}

/** A clock that stands still until moved: for deterministic tests (rate-limit windows, timers). */
export function createManualClock(startMs: number = Date.now()): Clock {
  let current = startMs;
  return {
    now: () => current,
    nowSeconds: () => Math.floor(current / 1000),
    set: (epochMs) => {
      current = epochMs;
    },
    advance: (ms) => {
      current += ms;
    },
    offsetMs: () => current - Date.now(),
  };
}
