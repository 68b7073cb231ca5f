import type { ComponentType, ReactNode } from "react";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@/components/ui/link";
import { ApiError } from "@/lib/api-client";
import { lazyPart } from "@/lib/lazy-part";
import { text } from "@/lib/text";
import { PageSection, SectionSkeleton } from "@/components/layouts/page-section";
import { sectionProblem } from "@/components/errors/part-problem";
import { isRunning } from "@/lib/vm-state/vm-state";
import { MessagePage } from "@/components/errors/message-page";
import { buttonClasses } from "@/components/ui/button";
import { paths } from "@/config/paths";
import { vmQueries } from "../api/vm-queries";
import type { VmStatePart } from "../api/vm-schema";
import { loadOverviewCode, OverviewSection } from "./overview-section";
import { vmText } from "../vm-text";
import { vmPageCode } from "./vm-page-code";

const loadSections = vmPageCode.sections;

interface SectionName {
  readonly id: string;
  readonly title: string;
  readonly subject: string;
}

/** A section's heading and skeleton, its words read when drawn, in the reader's language. */
function SectionLoading({ section }: { section: SectionName }) {
  return (
    <PageSection id={section.id} title={section.title} busy>
      <SectionSkeleton label={text.section.loading(section.subject)} />
    </PageSection>
  );
}

/** A section, each with its own code: its heading and a skeleton until that code has arrived. */
function lazySection<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  section: SectionName,
) {
  return lazyPart(load, {
    fallback: <SectionLoading section={section} />,
    unavailable: sectionProblem(section),
  });
}

const LazyDisksSection = lazySection(
  () => loadSections().then((m) => m.DisksSection),
  vmText.disks,
);
const LazyNetworkSection = lazySection(
  () => loadSections().then((m) => m.NetworkSection),
  vmText.network,
);
const LazyPricingSection = lazySection(
  () => loadSections().then((m) => m.PricingSection),
  vmText.pricing,
);

/**
 * Starts downloading the page's code beyond the first load; the route calls
 * it beside the state request. Each settles when its code has arrived or failed.
 */
export function loadVmPageCode(): { overview: Promise<unknown>; all: Promise<unknown> } {
  const overview = loadOverviewCode();
  const sections = [LazyDisksSection, LazyNetworkSection, LazyPricingSection].map((part) =>
    part.preload(),
  );
  return { overview, all: Promise.all([overview, ...sections]) };
}

/** What a section drawn by another part of the app may know about the VM. */
export interface VmUsageFacts {
  vmId: string;
  /** false when the VM is stopped (or paused, crashed…), undefined when unknown. */
  running: boolean | undefined;
  memoryMB?: number;
  transferGB?: number;
  vpcId?: string;
}

interface VmPageProps {
  vmId: string;
  /**
   * The usage section: its loading shape (no facts yet) from the start, so
   * that it never pushes the sections below it down, then the section once
   * the state has answered.
   */
  usage?: (facts: VmUsageFacts | undefined) => ReactNode;
}

function BackToVms() {
  return (
    <Link to={paths.home.href()} className={buttonClasses("primary")}>
      {vmText.backToVms}
    </Link>
  );
}

/**
 * One VM: the state first (started by the route loader), then disks and
 * network in parallel once the state has answered. Each section owns its
 * loading and error state, so one failing part never blanks another.
 */
export function VmPage({ vmId, usage }: VmPageProps) {
  const state = useQuery(vmQueries.state(vmId));
  const error = state.error;
  // Disks and network wait for the state's answer, success or not.
  const stateAnswered = !state.isPending;

  if (error instanceof ApiError && error.kind === "not-found") {
    return (
      <MessagePage title={vmText.notFoundTitle} actions={<BackToVms />}>
        <p>
          {vmText.notFoundBefore} <code className="font-mono break-all">{vmId}</code>{" "}
          {vmText.notFoundAfter}
        </p>
      </MessagePage>
    );
  }
  if (error instanceof ApiError && error.kind === "forbidden") {
    return (
      <MessagePage title={vmText.noAccessTitle} actions={<BackToVms />}>
        <p>
          {vmText.noAccessBefore} <code className="font-mono break-all">{vmId}</code>.{" "}
          {vmText.noAccessAfter}
        </p>
      </MessagePage>
    );
  }

  return (
    <main id="main" className="mx-auto max-w-6xl space-y-4 px-4 py-4 sm:space-y-6 sm:px-6 sm:py-6">
      <OverviewSection vmId={vmId} />
      {usage?.(stateAnswered ? usageFacts(vmId, state.data) : undefined)}
      <div className="grid gap-4 sm:gap-6 lg:grid-cols-2">
        <LazyDisksSection vmId={vmId} enabled={stateAnswered} />
        <LazyPricingSection vmId={vmId} />
      </div>
      <LazyNetworkSection vmId={vmId} enabled={stateAnswered} />
    </main>
  );
}

function usageFacts(vmId: string, part: VmStatePart | undefined): VmUsageFacts {
  const basics = part?.basics.ok ? part.basics.value : undefined;
  return {
    vmId,
    running: part?.state.ok ? isRunning(part.state.value) : undefined,
    ...(basics?.memoryMB === undefined ? {} : { memoryMB: basics.memoryMB }),
    ...(basics?.transferGB === undefined ? {} : { transferGB: basics.transferGB }),
    ...(basics?.vpcId === undefined ? {} : { vpcId: basics.vpcId }),
  };
}
