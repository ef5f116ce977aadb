// In-memory failed-sign-in counter per email: after MAX_FAILURES within WINDOW_MS the email is refused
// until the window passes. Per process, which is enough to slow password guessing against one console.

export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60 * 1000;
const MAX_TRACKED = 10_000; // bounds memory when someone sprays random emails

interface Entry {
  failures: number;
  firstAt: number;
}

export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();

  isBlocked(email: string, now = Date.now()): boolean {
    const entry = this.live(email, now);
    return !!entry && entry.failures >= MAX_FAILURES;
  }

  recordFailure(email: string, now = Date.now()): void {
    const entry = this.live(email, now);
    if (entry) {
      entry.failures++;
      return;
    }
    if (this.entries.size >= MAX_TRACKED) this.prune(now);
    if (this.entries.size >= MAX_TRACKED) this.entries.delete(this.entries.keys().next().value!); // oldest first
    this.entries.set(email, { failures: 1, firstAt: now });
  }

  reset(email: string): void {
    this.entries.delete(email);
  }

  private live(email: string, now: number): Entry | undefined {
    const entry = this.entries.get(email);
    if (entry && now - entry.firstAt >= WINDOW_MS) {
      this.entries.delete(email);
      return undefined;
    }
    return entry;
  }

  private prune(now: number): void {
    for (const [email, entry] of this.entries) if (now - entry.firstAt >= WINDOW_MS) this.entries.delete(email);
  }
}

// One per process, kept across Next dev reloads.
const holder = globalThis as typeof globalThis & { __cvmLoginThrottle?: LoginThrottle };
export const loginThrottle: LoginThrottle = (holder.__cvmLoginThrottle ??= new LoginThrottle());
