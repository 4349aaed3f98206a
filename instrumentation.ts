export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkConfigAtStartup } = await import("./lib/startup");
    const { releaseAbortReasonStacks } = await import("./lib/abort-reasons");
    releaseAbortReasonStacks();
    checkConfigAtStartup();
  }
}
