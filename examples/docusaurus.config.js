// @ts-check
// Minimal Docusaurus configuration for the recipelint example site.
// Recipes live in docs/recipes/<category>/; cover images are served from static/img/.

/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'Example Kitchen',
  tagline: 'A tiny recipe site for trying out recipelint',
  url: 'https://example.com',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  onBrokenMarkdownLinks: 'warn',

  presets: [
    [
      'classic',
      /** @type {import('@docusaurus/preset-classic').Options} */
      ({
        docs: {
          path: 'docs',
          routeBasePath: '/',
        },
        blog: false,
      }),
    ],
  ],
};

module.exports = config;
