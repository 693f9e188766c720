import { type IncomingHttpHeaders, createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

/**
 * A local HTTP endpoint that answers like Resend's API, so the official SDK is exercised
 * for real (request shape, auth header, idempotency key) without leaving the machine.
 */
export async function startResendStandIn(options: { failWith?: number } = {}) {
  const received: ReceivedRequest[] = [];
  const server = createServer((request, response) => {
    let raw = "";
    request.on("data", (chunk) => (raw += chunk));
    request.on("end", () => {
      received.push({ method: request.method ?? "", path: request.url ?? "", headers: request.headers, body: raw ? JSON.parse(raw) : {} });
      response.setHeader("content-type", "application/json");
      if (options.failWith) {
        response.statusCode = options.failWith;
        response.end(JSON.stringify({ name: "application_error", message: "Service unavailable", statusCode: options.failWith }));
        return;
      }
      response.end(JSON.stringify({ id: `re_test_${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
