/**
 * Runs a command-line script's async `main`: exits with the code it returns, or prints
 * `<name>: <message>` and exits with 1 when it throws (the messages are written to teach, so no stack).
 */
export function runMain(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
