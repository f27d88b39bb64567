// Two stacks from one team module: `cdktf deploy payments-dev` or `cdktf deploy payments-prod`
// (each with its own state, credentials, TF_VAR_db_password and TF_VAR_snowflake_private_key).
// Each deploys the team's whole flow: tag, source, destination and pipeline (team-flow.ts).
import { App } from "cdktf";
import { environments, PaymentsCdcStack } from "./stacks";

const app = new App();
new PaymentsCdcStack(app, "payments-dev", environments.dev);
new PaymentsCdcStack(app, "payments-prod", environments.prod);
app.synth();
