// Entry point of the test-only echo provider executable.
import { serve } from "../serve";
import { EchoProviderServer } from "./echo-provider";

serve(() => new EchoProviderServer());
