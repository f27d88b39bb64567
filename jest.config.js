/** Unit tests live beside the layer they test; integration tests in test/. Two projects say which
 * is which, so that `npm run test:unit` (jest --selectProjects unit, after building the two
 * executables) runs without Terraform or the cdktf CLI:
 * - unit: every test in catalog/, transform-runtime/, provider/, emulator/, constructs/ and
 *   examples/ (an example's own tests, such as its transform's), except a file named
 *   `terraform.test.ts` or `<name>.terraform.test.ts`: it drives the real terraform binary;
 * - integration: test/ (terraform, the cdktf CLI, npm pack, the built provider's schema) and
 *   those files.
 * Plain `jest` runs both. */
const shared = {
  testEnvironment: "node",
  transform: { "^.+\\.ts$": ["ts-jest", {}] },
  moduleNameMapper: { "^cdktf-streamkap$": "<rootDir>/constructs/index.ts", "^cdktf-streamkap/testing$": "<rootDir>/constructs/testing/index.ts" },
  setupFilesAfterEnv: ["<rootDir>/test/setup-jest.ts"],
};
const layers = ["catalog", "transform-runtime", "provider", "emulator", "constructs", "examples"].map((dir) => `<rootDir>/${dir}`);
const drivesTerraform = ["**/terraform.test.ts", "**/*.terraform.test.ts"];

module.exports = {
  projects: [
    { ...shared, displayName: "unit", roots: layers, testMatch: ["**/*.test.ts", ...drivesTerraform.map((glob) => `!${glob}`)] },
    { ...shared, displayName: "integration", roots: ["<rootDir>/test", ...layers], testMatch: ["<rootDir>/test/**/*.test.ts", ...drivesTerraform] },
  ],
  testTimeout: 120000,
  // Integration tests spawn terraform and cdktf; two cores do not gain from more workers.
  maxWorkers: 2,
};
