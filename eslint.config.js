// eslint over the site's scripts (assets/js): classic <script src> files run in the browser, no modules,
// so eslint's recommended rules, which catch real mistakes (undefined names, unreachable code), not style.
const js = require("@eslint/js");
const globals = require("globals");

module.exports = [
  js.configs.recommended,
  {
    files: ["assets/js/**/*.js"],
    languageOptions: {
      ecmaVersion: 2020,
      sourceType: "script",
      globals: { ...globals.browser },
    },
    rules: {
      // the scripts ignore an error they expect (`catch (e) {}` where storage is blocked or JSON is old): naming it is fine
      "no-unused-vars": ["error", { caughtErrors: "none" }],
    },
  },
];
