import { connect } from "node:net";
import type { Neo4jConfig } from "../../config.ts";
import { NewsgraphError } from "../../errors.ts";

const LOCAL_HOST = "127.0.0.1";
const LOCAL_BOLT_PORT = 7687;

/**
 * With no NEO4J_URI configured the target is the local server: when nothing answers on its Bolt
 * port, start it. Returns whether the local server is the target, to print its Browser URL.
 */
export async function ensureLocalServer(config: Neo4jConfig): Promise<boolean> {
  if (!config.isLocalDefault) return false;
  if (await isListening(LOCAL_HOST, LOCAL_BOLT_PORT)) return true;
  throw new NewsgraphError(
    "connection",
    `nothing answers on ${LOCAL_HOST}:${LOCAL_BOLT_PORT}; start the local Neo4j with npm run db:start, or set NEO4J_URI`,
  );
}

function isListening(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 1_000 });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
    socket.once("timeout", () => done(false));
  });
}
