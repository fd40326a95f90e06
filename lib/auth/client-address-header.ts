/**
 * The header the app's HTTP server (server/serve.ts) sets on every request to the address of the client,
 * overwriting whatever the client sent. Rate limits and the audit log read it, never X-Forwarded-For.
 */
export const CLIENT_ADDRESS_HEADER = "x-tracker-client-address";
