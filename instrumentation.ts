export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkConfigAtStartup } = await import("./lib/startup");
    checkConfigAtStartup();
  }
}
