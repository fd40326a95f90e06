import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";

// Copies of the app started the way an operator starts them (`npm start`), next to the server the other
// tests use, for the tests of starting, stopping, backups and overload.

export type Instance = {
  child: ChildProcess;
  /** Everything it printed so far. */
  output: () => string;
  /** Resolves with the output once `pattern` appears in it; rejects if the process exits first. */
  waitFor: (pattern: RegExp) => Promise<string>;
  /** Resolves with the exit code (null when killed by a signal) once the process has exited. */
  exited: Promise<number | null>;
};

/**
 * Runs `npm start` with `env` added to the test's environment. `detached` puts it in a process group of its
 * own, so that a test can send the group a signal as a terminal's Ctrl-C would.
 */
export function startInstance(env: Record<string, string | undefined>, { detached = false } = {}): Instance {
  const child = spawn("npm", ["start"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    detached,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const waitFor = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        if (pattern.test(output)) {
          listeners.delete(check);
          resolve(output);
        }
      };
      listeners.add(check);
      check();
      void exited.then((code) => {
        listeners.delete(check);
        if (!pattern.test(output)) reject(new Error(`npm start exited (${code}) before ${pattern}:\n${output}`));
      });
    });
  return { child, output: () => output, waitFor, exited };
}

/** Stops an instance (SIGTERM to npm) and waits until it has exited. */
export async function stopInstance(instance: Instance): Promise<void> {
  if (instance.child.exitCode === null && instance.child.signalCode === null) instance.child.kill("SIGTERM");
  await instance.exited;
}

/** Whether something accepts connections on 127.0.0.1:port. */
export function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * Starts a request whose body is still being sent: the server has it in flight until `finish` sends the rest.
 * Resolves `response` with the raw HTTP answer (status line first), or "" if the connection was cut.
 */
export function requestInFlight(port: number, path: string, headers: Record<string, string>, body: string) {
  const socket = net.connect(port, "127.0.0.1");
  const head = [
    `POST ${path} HTTP/1.1`,
    `Host: 127.0.0.1:${port}`,
    "Content-Type: application/json",
    `Content-Length: ${Buffer.byteLength(body)}`,
    "Connection: close", // the server closes the connection once it has answered
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    "",
    "",
  ].join("\r\n");
  const half = Math.floor(body.length / 2);
  const sent = new Promise<void>((resolve) =>
    socket.once("connect", () => socket.write(head + body.slice(0, half), () => resolve())),
  );
  let answer = "";
  socket.on("data", (chunk: Buffer) => (answer += chunk.toString()));
  const response = new Promise<string>((resolve) => {
    socket.once("close", () => resolve(answer));
    socket.once("error", () => resolve(answer));
  });
  // Not end(): a client that half-closes its side gets no answer from Node's HTTP server.
  return { sent, finish: () => socket.write(body.slice(half)), response };
}

/**
 * A port for an extra instance a test starts, beside the suite's own server: E2E_PORT plus an offset, so
 * two suites with different E2E_PORTs never fight over one (with the default 3100, offset 96 is 3196).
 */
export const sidePort = (offset: number) => Number(process.env.E2E_PORT ?? 3100) + offset;
