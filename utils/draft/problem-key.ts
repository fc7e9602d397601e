/**
 * The locale key telling the person why a draft could not be saved or loaded: the one the background
 * sent with its error, else that the background could not be reached.
 */
export function problemKey(error: unknown): string {
  if (error && typeof error === 'object' && 'messageKey' in error && typeof error.messageKey === 'string') {
    return error.messageKey;
  }
  return 'err_background_unavailable';
}
