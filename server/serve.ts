import http from "node:http";
import next from "next";
import { closeAppDatabase } from "@/db";
import { readDatabaseConfig } from "@/db/config";
import { CLIENT_ADDRESS_HEADER, readProxyTrust, resolveClientAddress } from "@/app/api/_lib/client-address";
import { errorBody } from "@/app/api/_lib/errors";
import { Admission, AdmissionRefused, readAdmissionLimits } from "./admission";
import { startControlSocket } from "./control-socket";
import { guardRequest, isApiPath } from "./request-guard";
import { stopGracefully } from "./shutdown";

// The app's HTTP server: Next.js behind a few checks that must happen before it sees a request (request
// guard, client address, admission), and a clean stop on SIGTERM/SIGINT.

/** Requests for build assets need no database, so they skip the waiting line. */
const UNMETERED = /^\/(_next\/static\/|_next\/image|favicon\.ico)/;
/** A path no route matches: Next.js answers it with the app's own "not found" page. */
const NOT_FOUND_PATH = "/_unreadable-address";
/**
 * How long an idle kept-alive connection stays open. Node's 5 s default races clients (and proxies, whose
 * idle timeouts are usually 60 s) that reuse a connection just as the server closes it: they get a reset.
 */
const KEEP_ALIVE_MS = 65_000;

function answerBusy(res: http.ServerResponse, target: string, retryAfterSeconds: number) {
  const message = `The server is busy: too many requests are waiting for the database. Try again in ${retryAfterSeconds} seconds.`;
  const api = isApiPath(target);
  res.writeHead(503, {
    "retry-after": String(retryAfterSeconds),
    "content-type": api ? "application/json" : "text/html; charset=utf-8",
  });
  res.end(
    api
      ? JSON.stringify(errorBody("service_unavailable", message))
      : `<!doctype html><meta charset="utf-8"><title>Busy</title><p>${message}</p><p><a href="">Try again</a></p>\n`,
  );
}

export async function serve({ port }: { port: number }): Promise<void> {
  const trust = readProxyTrust();
  const config = readDatabaseConfig();
  const limits = readAdmissionLimits(process.env, config.kind);
  const app = next({ dev: false, dir: process.cwd(), port });
  const handle = app.getRequestHandler();
  await app.prepare(); // runs instrumentation.ts: opens, migrates and seeds the database, or exits
  const admission = new Admission(limits);
  const retryAfter = Math.max(1, Math.ceil(limits.maxWaitMs / 1000));
  let stopping = false;

  async function onRequest(req: http.IncomingMessage, res: http.ServerResponse) {
    if (stopping) res.setHeader("connection", "close");
    const target = req.url ?? "/";
    const verdict = guardRequest(req.method ?? "GET", target);
    if (verdict.action === "answer") {
      res.writeHead(verdict.status, verdict.headers).end(verdict.body);
      return;
    }
    if (verdict.action === "not_found_page") req.url = NOT_FOUND_PATH;
    const forwardedFor = req.headers["x-forwarded-for"];
    req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
      req.socket.remoteAddress ?? "",
      Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor,
      trust,
    );
    if (UNMETERED.test(target)) return handle(req, res);

    const clientLeft = new AbortController();
    res.once("close", () => clientLeft.abort());
    let release: () => void;
    try {
      release = await admission.enter(clientLeft.signal);
    } catch (error) {
      if (!(error instanceof AdmissionRefused)) throw error;
      if (error.reason !== "client_left") answerBusy(res, target, retryAfter);
      return;
    }
    if (res.closed) return release(); // the client left just as its turn came
    res.once("close", release);
    await handle(req, res);
  }

  const server = http.createServer((req, res) => {
    onRequest(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("Something went wrong on the server. The error was logged.\n");
    });
  });
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  // CONNECT never reaches the request handler; answer it rather than drop the connection.
  server.on("connect", (_req, socket) => {
    socket.end("HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () => {
      server.off("error", reject);
      resolve();
    });
  }).catch(async (error: NodeJS.ErrnoException) => {
    await closeAppDatabase();
    throw new Error(
      error.code === "EADDRINUSE"
        ? `Port ${port} is already in use. Stop what uses it, or set PORT to another port.`
        : `Could not listen on port ${port}: ${error.message}`,
    );
  });

  const control = config.kind === "pglite" ? await startControlSocket(config.dataDir) : null;
  console.log(`✓ Ready on http://localhost:${port}`);

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return; // Ctrl-C reaches the whole process group, and npm forwards it once more
    stopping = true;
    void stopGracefully({ signal, server, closeApp: () => app.close(), control }).then(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
