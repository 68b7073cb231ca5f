import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { ApiError } from "@/lib/api-client";
import { MessagePage } from "@/components/errors/message-page";
import { buttonClasses } from "@/components/ui/button";
import { paths } from "@/config/paths";
import { vmQueries } from "../api/vm-queries";
import { OverviewSection } from "./overview-section";
import { DisksSection, NetworkSection, PricingSection } from "./lazy-sections";
import { text } from "@/lib/text";

interface VmPageProps {
  vmId: string;
}

function BackToVms() {
  return (
    <Link to={paths.home.href()} className={buttonClasses("primary")}>
      {text.backToVms}
    </Link>
  );
}

/**
 * One VM: the state first (started by the route loader), then disks and
 * network in parallel once the state has answered. Each section owns its
 * loading and error state, so one failing part never blanks another.
 */
export function VmPage({ vmId }: VmPageProps) {
  const state = useQuery(vmQueries.state(vmId));
  const error = state.error;

  if (error instanceof ApiError && error.kind === "not-found") {
    return (
      <MessagePage title={text.vm.notFoundTitle} actions={<BackToVms />}>
        <p>
          {text.vm.notFoundBefore} <code className="font-mono break-all">{vmId}</code>{" "}
          {text.vm.notFoundAfter}
        </p>
      </MessagePage>
    );
  }
  if (error instanceof ApiError && error.kind === "forbidden") {
    return (
      <MessagePage title={text.vm.noAccessTitle} actions={<BackToVms />}>
        <p>
          {text.vm.noAccessBefore} <code className="font-mono break-all">{vmId}</code>.{" "}
          {text.vm.noAccessAfter}
        </p>
      </MessagePage>
    );
  }

  // Disks and network wait for the state's answer, success or not.
  const stateAnswered = !state.isPending;
  return (
    <main id="main" className="mx-auto max-w-6xl space-y-4 px-4 py-4 sm:space-y-6 sm:px-6 sm:py-6">
      <OverviewSection vmId={vmId} />
      <div className="grid gap-4 sm:gap-6 lg:grid-cols-2">
        <DisksSection vmId={vmId} enabled={stateAnswered} />
        <PricingSection vmId={vmId} />
      </div>
      <NetworkSection vmId={vmId} enabled={stateAnswered} />
    </main>
  );
}
