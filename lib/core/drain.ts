/** Counts deliveries in progress so `close()` can wait for them. */
export function createDrain() {
  let inFlight = 0;
  let closing = false;
  let idle: (() => void) | undefined;
  let closed: Promise<void> | undefined;
  return {
    isClosing: (): boolean => closing,
    begin: (): void => {
      inFlight++;
    },
    end: (): void => {
      inFlight--;
      if (inFlight === 0 && idle) idle();
    },
    close: (): Promise<void> => {
      closing = true;
      closed ??= inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => (idle = resolve));
      return closed;
    },
  };
}
