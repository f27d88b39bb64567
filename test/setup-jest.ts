// cdktf's jest matchers (toHaveResource, toHaveResourceWithProperties, ...).
import "cdktf/lib/testing/adapters/jest";
import { Testing } from "cdktf";
import { configureGlobal } from "fast-check";

Testing.setupJest();

// Property tests explore a fixed sample unless told otherwise, so `npm test` passes or fails the
// same way on every run; `npm run test:repeat` gives each run a new seed (FC_SEED) to search
// further, and prints the seed of any failure so it can be replayed.
configureGlobal({ seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261205 });
