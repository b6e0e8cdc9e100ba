// Loopback servers for the specs that need a real socket (raw bytes, aborted bodies, headers a
// client library would rewrite).
import { once } from 'node:events';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Servers started by `listen`, closed (with their connections) by `closeAll`. */
export interface LoopbackServers {
  /** Serves `app` on a free port of a loopback address and resolves with the port. */
  readonly listen: (app: RequestListener, host?: string) => Promise<number>;
  /** Closes every server started so far: give it to `afterEach` in the `describe` that listens. */
  readonly closeAll: () => Promise<void>;
}

export function loopbackServers(): LoopbackServers {
  const servers: Server[] = [];
  return {
    listen: async (app, host = '127.0.0.1') => {
      const server = createServer(app);
      servers.push(server);
      server.listen(0, host);
      await once(server, 'listening');
      return (server.address() as AddressInfo).port;
    },
    closeAll: async () => {
      for (const server of servers) server.closeAllConnections();
      await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
    },
  };
}
