/** Unit tests live beside the layer they test; integration tests in test/. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/catalog", "<rootDir>/provider", "<rootDir>/emulator", "<rootDir>/constructs", "<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", {}] },
  moduleNameMapper: { "^cdktf-streamkap$": "<rootDir>/constructs/index.ts" },
  setupFilesAfterEnv: ["<rootDir>/test/setup-jest.ts"],
  testTimeout: 120000,
  // Integration tests spawn terraform and cdktf; two cores do not gain from more workers.
  maxWorkers: 2,
};
