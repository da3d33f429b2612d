import { useEffect, useState } from 'react';
import { focusField } from './focusField';

/**
 * Puts the cursor in the field at a path once the render under way is on the page: a party block just added, or the
 * first wrong field once the error messages have pushed the fields down.
 */
export function useFocusAfterRender(): (path: string) => void {
  // An object, so that asking again for the same field focuses it again.
  const [target, setTarget] = useState<{ path: string } | null>(null);
  useEffect(() => {
    if (target) focusField(target.path);
  }, [target]);
  return (path) => setTarget({ path });
}
