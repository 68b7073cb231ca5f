import type { QueryClient } from "@tanstack/react-query";
import type { RouteObject } from "react-router";
import { config } from "@/config/env";
import { vmQueries } from "@/features/vm/api/vm-queries";

export function createHomeRoute(queryClient: QueryClient): RouteObject {
  return {
    index: true,
    loader: () => {
      // Errors show in the page, from the same query.
      queryClient.query(vmQueries.list(config.projectId)).catch(() => undefined);
      return null;
    },
    // The list page is split out: a ticket link to a VM never loads it.
    lazy: async () => {
      const { YourVmsPage } = await import("@/features/vm/components/your-vms-page");
      return { Component: YourVmsPage };
    },
  };
}
