// Moved to scripts/lib/terraform-workspace.ts (the benchmarks use it too). This re-export
// remains only for provider/plugin/terraform.test.ts, which still names the old path; remove
// it once that import points at scripts/lib.
export * from "../../scripts/lib/terraform-workspace";
