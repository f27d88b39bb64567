// ESLint for the project's own TypeScript (`npm run lint`, part of `npm test`): typescript-eslint's
// type-aware recommended rules, so that a promise nobody awaits, an `any` that spreads unchecked
// or a misused async callback is an error before review. Generated bindings, build output and
// Terraform's working directories are not ours to lint.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "constructs/generated/",
      "**/cdktf.out/",
      "**/.terraform/",
      "test-output/",
      ".streamkap/",
      "**/*.js",
      "**/*.mjs",
      "**/*.cjs",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true }],
      eqeqeq: ["error", "always", { null: "ignore" }],
      // An async function without await is how an interface that returns a promise is met.
      "@typescript-eslint/require-await": "off",
      // require() is how the executables defer loading what a start does not need (provider/main.ts;
      // each such deferral shows its worth in npm run bench:ab); its type comes from typeof import().
      "@typescript-eslint/no-require-imports": "off",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "separate-type-imports", disallowTypeAnnotations: false }],
    },
  },
  {
    // Tests read JSON answers whose shape is the thing under test: `any` there is the point, and
    // jest's matchers take methods unbound.
    files: ["**/*.test.ts", "test/**", "**/testing/**", "**/testdata/**"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/unbound-method": "off",
      "@typescript-eslint/no-base-to-string": "off",
      "@typescript-eslint/restrict-template-expressions": "off",
    },
  },
);
