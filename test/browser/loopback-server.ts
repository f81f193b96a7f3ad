import { createServer as createHttpServer, type RequestListener, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Certificate } from './self-signed-cert';

/** A stand-in server on a free loopback port: HTTPS with a certificate, plain HTTP without. */
export async function listenOnLoopback(
  handle: RequestListener,
  certificate?: Certificate,
): Promise<{ server: Server; port: number }> {
  const server: Server = certificate
    ? createHttpsServer(certificate, handle)
    : createHttpServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}
