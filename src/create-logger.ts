import pino, { type Logger } from "pino";

/**
 * Structured JSON logs. Prompts, outputs and keys are never passed to the logger; as a second line of defence the
 * fields that could carry them are redacted.
 */
export function createLogger(level: string, destination: NodeJS.WritableStream | number = 1): Logger {
  const dest = typeof destination === "number" ? pino.destination({ dest: destination, sync: false }) : destination;
  return pino(
    {
      level,
      base: { svc: "warden" },
      redact: { paths: ["headers.authorization", 'headers["x-api-key"]', "body", "prompt", "messages", "apiKey", "key"], censor: "[REDACTED]" },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    dest,
  );
}
