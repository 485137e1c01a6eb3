import { connect } from "node:net";

/**
 * Whether something accepts TCP connections on host:port. A plain socket check, no handshake:
 * enough to tell "a server is there" from "nothing listens", which is what callers decide on.
 */
export function isBoltReachable(host: string, port: number, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: timeoutMs });
    const answer = (reachable: boolean) => {
      socket.destroy();
      resolve(reachable);
    };
    socket.once("connect", () => answer(true));
    socket.once("error", () => answer(false));
    socket.once("timeout", () => answer(false));
  });
}
