import { createServer, type Server } from "node:http";
import { handleAdminRequest } from "../admin/handle-admin";
import type { EmulatorRuntime } from "../runtime";
import { handleApiRequest } from "./dispatch";
import { sendJson } from "./envelope";

/** The emulator's HTTP server: /_emulator/* goes to the control endpoints, everything else to the API. */
export function createEmulatorServer(rt: EmulatorRuntime): Server {
  // Node refuses request lines over 16 KB by itself (HTTP 431); allow more so that a GET up to the documented
  // 32 KB is served and one beyond it gets the documented RequestSizeLimitExceeded envelope (seed 4444).
  const server = createServer({ maxHeaderSize: 64 * 1024 }, (req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    const handler = path === "/_emulator" || path.startsWith("/_emulator/") ? handleAdminRequest : handleApiRequest;
    handler(req, res, rt).catch((error) => {
      // Only reachable if writing the response itself failed.
      console.error("[emulator] request failed:", error);
      if (!res.headersSent) sendJson(res, 500, { error: "internal error" });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 65_000;
  return server;
}
