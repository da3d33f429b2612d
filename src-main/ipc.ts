/** The one IPC channel between renderer and main: invoke(method, input) -> ApiResult. */
export const INVOKE_CHANNEL = 'ledger:invoke';
