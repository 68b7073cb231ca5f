// Small HTTP helpers shared by the provider and the API: loopback-only
// listening, local-request checks for the control endpoints, body reading.

import { createServer, type IncomingMessage, type RequestListener, type Server } from "node:http";

export interface LoopbackServer {
  port: number;
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => {
      server.off("listening", onListening);
      reject(error);
    };
    const onListening = () => {
      server.off("error", onError);
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, host);
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close(() => {
      resolve();
    });
    server.closeAllConnections();
  });
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const { code } = error;
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}

/**
 * Idle connections stay open for a minute (Node closes them after 5 s): a
 * client reusing one just as the server closes it gets a reset, which tests
 * that pause between requests would otherwise see now and then.
 */
function keptAlive(server: Server): Server {
  server.keepAliveTimeout = 60_000;
  return server;
}

/**
 * Listens on 127.0.0.1 and, when the machine has IPv6, on ::1 with the same
 * port, so `http://localhost:<port>` works whichever address localhost
 * resolves to. Nothing listens on other interfaces. Port 0 picks a free port.
 */
export async function listenOnLoopback(
  handler: RequestListener,
  port: number,
): Promise<LoopbackServer> {
  const v4 = keptAlive(createServer(handler));
  let chosen: number;
  try {
    chosen = await listen(v4, port, "127.0.0.1");
  } catch (error) {
    if (errorCode(error) === "EADDRINUSE") {
      throw new Error(
        `Port ${port} on localhost is already in use. Is the sandbox already running? ` +
          `Stop the other process or choose another port.`,
        { cause: error },
      );
    }
    throw error;
  }
  const servers = [v4];
  const v6 = keptAlive(createServer(handler));
  try {
    await listen(v6, chosen, "::1");
    servers.push(v6);
  } catch (error) {
    const code = errorCode(error);
    const noIpv6 = code === "EADDRNOTAVAIL" || code === "EAFNOSUPPORT";
    // A free IPv4 port taken on IPv6 by chance: IPv4 alone is enough then.
    if (!noIpv6 && !(code === "EADDRINUSE" && port === 0)) {
      await closeServer(v4);
      throw error;
    }
  }
  return {
    port: chosen,
    close: async () => {
      await Promise.all(servers.map(closeServer));
    },
  };
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);
const LOCAL_HOSTNAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * True for a request from this machine addressed to a localhost name (the Host
 * check stops DNS-rebinding pages from reaching the control endpoints).
 */
export function isLocalRequest(req: IncomingMessage): boolean {
  const remote = req.socket.remoteAddress ?? "";
  if (!LOOPBACK.has(remote)) return false;
  const host = req.headers.host ?? "";
  const hostname = host.replace(/:\d+$/, "").toLowerCase();
  return LOCAL_HOSTNAMES.has(hostname);
}

/** Reads a request body as text, refusing more than `limit` bytes. */
export async function readBody(req: IncomingMessage, limit = 64 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > limit) throw new Error("The request body is too large.");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
