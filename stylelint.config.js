// stylelint over the site's styles (assets/css): the recommended rules, which catch real mistakes
// (unknown properties, invalid hex colours, duplicate selectors, deprecated properties), not style.
module.exports = {
  extends: ["stylelint-config-recommended"],
  rules: {
    // it compares unrelated selectors by order (".pager a" after ".chapter-cards a:focus-visible"), which
    // never match the same element here: each file styles its own blocks
    "no-descending-specificity": null,
  },
};
