// Entry point of the test-only echo provider executable. ECHO_FIXED_METADATA (base64 of an
// encoded GetMetadata answer) exercises serve()'s fixed answers; ECHO_NESTED=1 adds echo_nested.
import { serve } from "../serve";
import { EchoProviderServer } from "./echo-provider";

const fixedMetadata = process.env.ECHO_FIXED_METADATA;
serve(() => new EchoProviderServer(process.env.ECHO_NESTED === "1"), {
  fixedAnswers: new Map(fixedMetadata ? [["GetMetadata", () => Buffer.from(fixedMetadata, "base64")]] : []),
});
