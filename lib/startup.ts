import { ConfigError, getConfig } from "./config";

/**
 * Runs once when the server starts: a missing or malformed setting stops it here, with one line
 * that names the variable, instead of failing on a shopper's first request.
 */
export function checkConfigAtStartup(): void {
  try {
    const config = getConfig();
    console.info(`storefront-confirmation: ${config.mode} mode`);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
