import type { ApiMethod, ApiMethods, ApiOutput, ApiParsedInput } from '../../../src-shared/api';
import type { ContextOf } from '../context';

/** How the core answers method `M`: given the context of the method's run mode and its validated input. Refusals
 * are thrown (UserError), never returned. */
export type Implementation<M extends ApiMethod> = (
  ctx: ContextOf[ApiMethods[M]['run']],
  input: ApiParsedInput<M>,
) => Promise<ApiOutput<M>>;

/** Exactly one implementation for each of `Methods`. */
export type Implementations<Methods extends ApiMethod> = { [M in Methods]: Implementation<M> };
