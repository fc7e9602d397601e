import { defineContentScript } from '#imports';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  cssInjectionMode: 'ui',
  main() {},
});
