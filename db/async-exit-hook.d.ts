// async-exit-hook ships no types; we only need to list and remove its handlers.
declare module "async-exit-hook" {
  const asyncExitHook: { unhookEvent(event: string): void; hookedEvents(): string[] };
  export default asyncExitHook;
}
