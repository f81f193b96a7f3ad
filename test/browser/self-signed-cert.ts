import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Certificate {
  key: Buffer;
  cert: Buffer;
}

/**
 * A throwaway certificate for the stand-in servers, made fresh per run so no key is ever
 * committed. Chromium accepts it only because the tests pass `--ignore-certificate-errors`.
 */
export function makeSelfSignedCertificate(hosts: readonly string[]): Certificate {
  const dir = mkdtempSync(path.join(tmpdir(), 'fanlens-cert-'));
  const keyPath = path.join(dir, 'key.pem');
  const certPath = path.join(dir, 'cert.pem');
  const altNames = hosts.map((host) => `DNS:${host}`).join(',');

  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        `/CN=${hosts[0]}`,
        '-addext',
        `subjectAltName=${altNames}`,
        '-keyout',
        keyPath,
        '-out',
        certPath,
      ],
      { stdio: 'pipe' },
    );
    return { key: readFileSync(keyPath), cert: readFileSync(certPath) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not create a test certificate with openssl: ${reason}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
