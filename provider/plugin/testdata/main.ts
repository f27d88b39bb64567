// Entry point of the test-only echo provider executable. ECHO_FIXED_METADATA (base64 of an
// encoded GetMetadata answer) exercises serve()'s fixed answers.
import { serve } from "../serve";
import { EchoProviderServer } from "./echo-provider";

const fixedMetadata = process.env.ECHO_FIXED_METADATA;
serve(() => new EchoProviderServer(), {
  fixedAnswers: new Map(fixedMetadata ? [["GetMetadata", Buffer.from(fixedMetadata, "base64")]] : []),
});
