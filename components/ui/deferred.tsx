"use client";

import { type ComponentType, Suspense, lazy } from "react";
import { useMounted } from "./use-mounted";

/**
 * A component whose code is fetched after the page has loaded, not with the page's first script. Until it is
 * there, `StandIn` is drawn in its place (by the server too): it should look the same and be disabled, since a
 * working-looking control whose code has not arrived would swallow a tap.
 */
export function deferred<P extends object>(
  load: () => Promise<ComponentType<P>>,
  StandIn: ComponentType<P>,
): ComponentType<P> {
  const Loaded = lazy(async () => ({ default: await load() }));
  function Deferred(props: P) {
    const mounted = useMounted();
    if (!mounted) return <StandIn {...props} />;
    return (
      <Suspense fallback={<StandIn {...props} />}>
        <Loaded {...props} />
      </Suspense>
    );
  }
  return Deferred;
}
