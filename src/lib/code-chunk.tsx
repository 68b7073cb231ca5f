import { lazy, type ComponentType } from "react";

/**
 * Code kept out of the first load. `preload()` starts its download (a route
 * loader calls it beside its API request); `part(pick)` is a component from
 * it that draws at once when the code is already here, and suspends until it
 * arrives otherwise. React.lazy alone suspends on its first render even when
 * the code has long arrived, so the page would flash its Suspense fallback
 * (a different shape) for a frame and then grow.
 */
export function codeChunk<Module>(load: () => Promise<Module>) {
  let loaded: Module | undefined;
  let loading: Promise<Module> | undefined;

  const preload = (): Promise<Module> => {
    loading ??= load().then(
      (module) => {
        loaded = module;
        return module;
      },
      (error: unknown) => {
        // Not kept: the next render or visit asks again.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };

  function part<Props extends object>(
    pick: (module: Module) => ComponentType<Props>,
  ): ComponentType<Props> {
    const Arriving = lazy(() => preload().then((module) => ({ default: pick(module) })));
    function Part(props: Props) {
      const Ready = loaded === undefined ? Arriving : pick(loaded);
      return <Ready {...props} />;
    }
    return Part;
  }

  return { preload, part };
}
