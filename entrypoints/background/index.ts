import { defineBackground } from '#imports';

export default defineBackground(() => {
  // Wiring only: every concern registers itself from its own file.
});
