import { createPublicKey, X509Certificate } from "node:crypto";
import { generateServerCertificate } from "./certificate";
import * as der from "./der";

interface Tlv {
  tag: number;
  content: Buffer;
}

function readTlvs(buf: Buffer): Tlv[] {
  const out: Tlv[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const tag = buf[pos++];
    let length = buf[pos++];
    if (length & 0x80) {
      const n = length & 0x7f;
      length = 0;
      for (let i = 0; i < n; i++) length = length * 256 + buf[pos++];
    }
    if (pos + length > buf.length) throw new Error("truncated DER");
    out.push({ tag, content: buf.subarray(pos, pos + length) });
    pos += length;
  }
  return out;
}

/** Every INTEGER in a DER structure, including those inside extension values and the signature. */
function integersIn(buf: Buffer): Buffer[] {
  const found: Buffer[] = [];
  for (const { tag, content } of readTlvs(buf)) {
    if (tag === 0x02) found.push(content);
    else if (tag & 0x20) found.push(...integersIn(content));
    else if (tag === 0x04 || tag === 0x03) {
      const inner = tag === 0x03 ? content.subarray(1) : content;
      try {
        found.push(...integersIn(inner));
      } catch {
        // not DER inside (a public key point, key usage bits)
      }
    }
  }
  return found;
}

const isMinimal = (i: Buffer) => !(i.length > 1 && ((i[0] === 0x00 && !(i[1] & 0x80)) || (i[0] === 0xff && i[1] & 0x80)));

describe("DER encoding", () => {
  test("integers are minimal", () => {
    expect(der.unsignedInteger(Buffer.of(0, 0, 0x7f)).toString("hex")).toBe("02017f");
    expect(der.unsignedInteger(Buffer.of(0x80)).toString("hex")).toBe("02020080");
    expect(der.unsignedInteger(Buffer.of(0, 0)).toString("hex")).toBe("020100");
  });
  test("long lengths and object identifiers", () => {
    expect(der.octetString(Buffer.alloc(200)).subarray(0, 3).toString("hex")).toBe("0481c8");
    expect(der.objectIdentifier("1.2.840.10045.4.3.2").toString("hex")).toBe("06082a8648ce3d040302");
  });
});

describe("server certificate", () => {
  test("self-signed ECDSA P-256 for localhost, valid now, a CA for server and client auth", () => {
    const now = new Date();
    const cert = generateServerCertificate(now);
    const x = new X509Certificate(cert.der);
    expect(x.subjectAltName).toBe("DNS:localhost");
    expect(x.ca).toBe(true);
    expect(x.keyUsage).toEqual(expect.arrayContaining(["1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"]));
    expect(x.publicKey.asymmetricKeyType).toBe("ec");
    expect(x.publicKey.asymmetricKeyDetails?.namedCurve).toBe("prime256v1");
    expect(x.verify(x.publicKey)).toBe(true);
    expect(x.checkIssued(x)).toBe(true);
    expect(new Date(x.validFrom).getTime()).toBeLessThanOrEqual(now.getTime());
    expect(new Date(x.validTo).getTime()).toBeGreaterThan(now.getTime() + 24 * 3600_000);
    expect(new X509Certificate(cert.certPem).raw.equals(cert.der)).toBe(true);
    // The private key belongs to the certificate.
    expect(createPublicKey(cert.keyPem).export({ format: "jwk" })).toEqual(x.publicKey.export({ format: "jwk" }));
  });

  test("fresh per start, and no DER integer ever has a redundant leading byte", () => {
    const serials = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const cert = generateServerCertificate();
      const integers = integersIn(cert.der);
      // version, serial, and the signature's r and s
      expect(integers.length).toBeGreaterThanOrEqual(4);
      const bad = integers.filter((n) => !isMinimal(n));
      expect(bad.map((b) => b.toString("hex"))).toEqual([]);
      serials.add(new X509Certificate(cert.der).serialNumber);
    }
    expect(serials.size).toBe(300);
  });
});
