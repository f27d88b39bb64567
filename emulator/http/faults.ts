// Injected trouble, the kinds seen in front of the real API: throttling and gateway
// errors before a request is handled, and writes whose answer never arrives.
// Every decision about the n-th request is drawn from a generator seeded by (seed, n), so a
// seed replays the same faults request by request, however concurrent requests interleave.
import { mulberry32, type Random } from "./random";

export interface FaultSettings {
  /** Share of API requests answered with a transient error before anything happens. */
  faultRate: number;
  /** Share of writes performed but answered 502 or with a destroyed socket. */
  lostResponseRate: number;
}

export interface InjectedFault {
  status: number;
  contentType: string;
  body: string;
  headers: Record<string, string>;
}

export type LostResponse = "bad-gateway" | "destroy-socket";

const json = (detail: string) => JSON.stringify({ detail });
const html = (status: number, title: string) =>
  `<html>\r\n<head><title>${status} ${title}</title></head>\r\n<body>\r\n<center><h1>${status} ${title}</h1></center>\r\n</body>\r\n</html>\r\n`;

const FAULTS: InjectedFault[] = [
  { status: 429, contentType: "application/json", body: json("Too many requests"), headers: { "Retry-After": "1" } },
  { status: 429, contentType: "application/json", body: json("Rate limit exceeded"), headers: {} },
  { status: 502, contentType: "text/html", body: html(502, "Bad Gateway"), headers: {} },
  { status: 502, contentType: "application/json", body: json("Kafka Connect API call failed with status code 409: rebalance in progress"), headers: {} },
  { status: 503, contentType: "application/json", body: json("Service temporarily unavailable"), headers: { "Retry-After": "1" } },
  { status: 503, contentType: "text/html", body: html(503, "Service Temporarily Unavailable"), headers: {} },
  { status: 504, contentType: "text/html", body: html(504, "Gateway Time-out"), headers: {} },
  { status: 504, contentType: "application/json", body: json("KafkaConnectTimeout"), headers: {} },
];

export class FaultInjector {
  constructor(
    private readonly settings: FaultSettings,
    private readonly seed: number,
  ) {}

  /** A fault to answer the n-th request with instead of handling it, or undefined. */
  beforeRequest(n: number): InjectedFault | undefined {
    const random = this.draws(n, 0);
    if (this.settings.faultRate <= 0 || random() >= this.settings.faultRate) return undefined;
    return FAULTS[Math.floor(random() * FAULTS.length)];
  }

  /** After the n-th request performed a write: how its answer gets lost, or undefined. */
  afterWrite(n: number): LostResponse | undefined {
    const random = this.draws(n, 1);
    if (this.settings.lostResponseRate <= 0 || random() >= this.settings.lostResponseRate) return undefined;
    return random() < 0.5 ? "bad-gateway" : "destroy-socket";
  }

  /** A generator for one decision about one request, independent of every other. */
  private draws(n: number, decision: number): Random {
    return mulberry32(Math.imul(this.seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(n * 2 + decision, 0xc2b2ae35));
  }
}

export const LOST_RESPONSE_BODY = html(502, "Bad Gateway");
