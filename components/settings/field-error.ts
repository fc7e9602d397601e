/** Translates a settings validation message: our set_err_* keys, else a generic line. */
export function errorText(t: (key: string) => string, message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  return message.startsWith('set_err_') ? t(message) : t('set_err_generic');
}
