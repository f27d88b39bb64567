// Two stacks from one team module: `cdktf deploy payments-dev` or `cdktf deploy payments-prod`
// (each with its own state, credentials and TF_VAR_db_password).
import { App } from "cdktf";
import { environments, PaymentsCdcStack } from "./stacks";

const app = new App();
new PaymentsCdcStack(app, "payments-dev", environments.dev);
new PaymentsCdcStack(app, "payments-prod", environments.prod);
app.synth();
