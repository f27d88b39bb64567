// The plugin's TLS identity: a fresh ECDSA P-256 key and self-signed certificate per start,
// built as DER by hand (node:crypto makes keys and signatures but not certificates; this
// costs a few milliseconds). Terraform pins exactly this certificate from the handshake line.
import { generateKeyPairSync, randomBytes, sign } from "node:crypto";
import * as der from "./der";

const OID = {
  ecdsaWithSha256: "1.2.840.10045.4.3.2",
  commonName: "2.5.4.3",
  organization: "2.5.4.10",
  keyUsage: "2.5.29.15",
  extKeyUsage: "2.5.29.37",
  basicConstraints: "2.5.29.19",
  subjectAltName: "2.5.29.17",
  serverAuth: "1.3.6.1.5.5.7.3.1",
  clientAuth: "1.3.6.1.5.5.7.3.2",
};

export interface ServerCertificate {
  /** The certificate, DER. */
  der: Buffer;
  certPem: string;
  /** The private key, PKCS#8 PEM. */
  keyPem: string;
}

const VALIDITY_BACKDATE_MS = 60_000; // tolerate small clock differences
const VALIDITY_MS = 365 * 24 * 3600_000;

function extension(oid: string, critical: boolean, value: Uint8Array): Buffer {
  return der.sequence(der.objectIdentifier(oid), ...(critical ? [der.boolean(true)] : []), der.octetString(value));
}

function name(): Buffer {
  return der.sequence(
    der.set(der.sequence(der.objectIdentifier(OID.organization), der.utf8String("cdktf-streamkap"))),
    der.set(der.sequence(der.objectIdentifier(OID.commonName), der.utf8String("localhost"))),
  );
}

export function toPem(label: string, body: Buffer): string {
  const lines = body.toString("base64").match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`;
}

export function generateServerCertificate(now = new Date()): ServerCertificate {
  const { publicKey, privateKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const signatureAlgorithm = der.sequence(der.objectIdentifier(OID.ecdsaWithSha256));
  // A positive serial whose first byte is non-zero with the high bit clear: minimal as is.
  const serial = randomBytes(16);
  serial[0] = (serial[0] & 0x7f) | 0x01;
  const subject = name();

  const tbs = der.sequence(
    der.explicit(0, der.smallInteger(2)), // v3
    der.unsignedInteger(serial),
    signatureAlgorithm,
    subject, // issuer: self-signed
    der.sequence(der.utcTime(new Date(now.getTime() - VALIDITY_BACKDATE_MS)), der.utcTime(new Date(now.getTime() + VALIDITY_MS))),
    subject,
    publicKey.export({ type: "spki", format: "der" }),
    der.explicit(
      3,
      der.sequence(
        // digitalSignature, keyEncipherment, keyAgreement, keyCertSign: bits 0, 2, 4, 5.
        extension(OID.keyUsage, true, der.bitString(Buffer.of(0b1010_1100), 2)),
        extension(OID.extKeyUsage, false, der.sequence(der.objectIdentifier(OID.serverAuth), der.objectIdentifier(OID.clientAuth))),
        extension(OID.basicConstraints, true, der.sequence(der.boolean(true))),
        extension(OID.subjectAltName, false, der.sequence(der.tlv(0x82, Buffer.from("localhost", "ascii")))),
      ),
    ),
  );
  // OpenSSL's DER signature is a minimally encoded SEQUENCE { r, s }.
  const signature = sign("sha256", tbs, { key: privateKey, dsaEncoding: "der" });
  const certificate = der.sequence(tbs, signatureAlgorithm, der.bitString(signature));

  return {
    der: certificate,
    certPem: toPem("CERTIFICATE", certificate),
    keyPem: privateKey.export({ type: "pkcs8", format: "pem" }) as string,
  };
}
