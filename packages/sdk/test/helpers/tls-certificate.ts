import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A self-signed certificate for 127.0.0.1 and its private key, both PEM. */
export interface TlsCertificate {
  key: string;
  cert: string;
}

/**
 * Makes a throw-away self-signed certificate for 127.0.0.1 (valid one day) with the `openssl`
 * program (scripts/system-deps.mjs makes sure it is installed), so a test can serve HTTPS on
 * loopback and trust exactly that certificate.
 */
export function selfSignedCertificate(): TlsCertificate {
  const dir = mkdtempSync(join(tmpdir(), 'blizwork-tls-'));
  try {
    const keyPath = join(dir, 'key.pem');
    const certPath = join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        keyPath,
        '-out',
        certPath,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    return { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
