// Every word the interface shows, in one place, so a translation is one new
// object of the same shape. Numbers, sizes, money and dates are formatted
// with Intl in the reader's locale where they are used.

export const text = {
  product: "OpenScaler",
  loading: "Loading…",
  skipToContent: "Skip to content",
  tryAgain: "Try again",
  tryingAgain: "Trying again…",
  signInAgain: "Sign in again",
  backToVms: "Back to your VMs",
  goToVms: "Go to your VMs",
  notAvailable: "—",

  signIn: {
    problems: {
      "access-denied": {
        title: "Sign-in was cancelled",
        explanation: "You cancelled signing in, or access was refused. Nothing was changed.",
      },
      "login-required": {
        title: "Please sign in",
        explanation: "Your session with the sign-in service has ended. Sign in again to continue.",
      },
      "stale-request": {
        title: "This sign-in link has already been used",
        explanation:
          "The sign-in was started in another tab, took too long, or was already completed.",
      },
      "expired-code": {
        title: "The sign-in took too long",
        explanation: "The sign-in code expired or was already used before we could finish.",
      },
      "provider-unreachable": {
        title: "The sign-in service can't be reached",
        explanation: "Check your connection and try again in a moment.",
      },
      "provider-timeout": {
        title: "The sign-in service did not answer",
        explanation: "It took too long to answer, so we stopped waiting. Try again in a moment.",
      },
      failed: {
        title: "Sign-in didn't work",
        explanation: "The sign-in service refused the request.",
      },
    },
    refusedTitle: "The API refused your session",
    refusedText:
      "You have just signed in, but the OpenScaler API does not accept the session. Signing in again automatically would only go round in circles, so we stopped.",
    refusedReason: (reason: string) => `The API said: ${reason}`,
    refusedAction: "Sign out and sign in again",
    renewalFailing: {
      unreachable:
        "Your session can't be renewed: the sign-in service can't be reached. It is kept and renewal is retried when the connection returns.",
      timeout:
        "Your session can't be renewed: the sign-in service did not answer in time. It is kept and renewal is retried shortly.",
      "provider-error":
        "Your session can't be renewed: the sign-in service had a problem. It is kept and renewal is retried shortly.",
    },
    signInUnavailable: {
      "provider-unreachable": "Your session has ended and the sign-in service can't be reached.",
      "provider-timeout": "Your session has ended and the sign-in service did not answer.",
    },
    retrying: "Trying again…",
    newVersionTitle: "The dashboard has been updated",
    newVersionText: "Part of this page could not be loaded. Reload to get the new version.",
    reload: "Reload",
    signedOutTitle: "You're signed out",
    signedOutText: "Nothing from your session is kept in this browser.",
    signingOut: "Signing you out…",
    signOut: "Sign out",
    account: "Account: ",
  },

  errors: {
    noSuchPageTitle: "There is no page here",
    nothingLivesAt: "Nothing lives at",
    mistyped: "The address may be mistyped.",
    mistypedOrMoved: "The address may be mistyped, or the page has moved.",
    unexpectedTitle: "Something went wrong on this page",
    unexpectedText: "The dashboard hit an unexpected problem. Trying again usually helps.",
    couldNotShow: (subject: string) => `Couldn't show ${subject}`,
    dashboardProblem: "Something unexpected happened in the dashboard.",
    noAccessTo: (subject: string) => `No access to ${subject}`,
    noAccessText: "Your account is not allowed to see this.",
    notFound: (subject: string) => `Couldn't find ${subject}`,
    notFoundText: "It may have been deleted.",
    refused: (subject: string) => `The API refused the request for ${subject}`,
    refusedText: "This is a problem on our side. Quote the line below in a support ticket.",
    tooMany: "Too many requests",
    tooManyText: "The API asked us to slow down. Trying again shortly.",
    tooManyWait: (seconds: number) =>
      `The API asked us to wait ${String(seconds)} s before trying again.`,
    couldNotLoad: (subject: string) => `Couldn't load ${subject}`,
    serverText: "The OpenScaler API had a problem.",
    networkText: "The OpenScaler API could not be reached. Check your connection.",
    timeoutText: (seconds: number) => `The API did not answer within ${String(seconds)} seconds.`,
    unexpectedAnswer: "The API gave an unexpected answer.",
    couldNotRead: (subject: string) => `Couldn't read ${subject}`,
    malformedText: "The API sent an answer the dashboard could not read.",
    /** The technical line under a request that waited for a session renewal that failed. */
    renewalFailed: {
      unreachable: "Session renewal failed: the sign-in service can't be reached",
      timeout: "Session renewal failed: the sign-in service did not answer in time",
      "provider-error": "Session renewal failed: the sign-in service had a problem",
    },
    stale: (subject: string, age: string, reason: string) =>
      `Showing ${subject} from ${age} ago: refreshing failed. ${reason}`,
    offline:
      "You're offline. What you see may be out of date; the page updates when the connection returns.",
  },

  privacy: {
    toggle: "Privacy",
    toggleHidden: " mode",
    toggleHint: "Hide IP addresses, the MAC address, the UUID, account ids and the SSH command",
    addressHidden: (service: string) => `${service} (address hidden)`,
  },

  copy: {
    copy: (what: string) => `Copy ${what}`,
    copied: "Copied",
    copiedWhat: (what: string) => `Copied ${what}`,
    refused: (what: string) =>
      `Copying was refused by the browser. Select and copy the ${what} here:`,
    detailsForSupport: "Copy details for support",
    details: "details for support",
    link: "Copy link",
    pageLink: "page link",
    share: "Share",
  },

  list: {
    showing: (shown: string, total: string, noun: string) =>
      `Showing ${shown} of ${total} ${noun}.`,
    showMore: (count: string) => `Show ${count} more`,
    showAll: "Show all",
  },

  section: {
    linkTo: (title: string) => `Link to the ${title} section`,
    loading: (subject: string) => `Loading ${subject}`,
  },

  vms: {
    title: "Your VMs",
    project: (id: string) => `Project ${id}`,
    subject: "your VMs",
    none: "There are no VMs in this project yet.",
    openTitle: "Open a VM",
    openLabel: "Open a VM by id",
    open: "Open",
    idEmpty: "Enter a VM id, for example 8.",
    idTooLong: "A VM id is at most 64 characters long.",
    idBadCharacters: "A VM id uses only letters, digits and . _ ~ - (no spaces or slashes).",
    idDotSegment: "A VM id cannot be made of dots only.",
  },

  vm: {
    subject: "this VM",
    notFoundTitle: "VM not found",
    notFoundBefore: "There is no VM",
    notFoundAfter: "in your account. It may have been deleted, or the link may be mistyped.",
    noAccessTitle: "No access to this VM",
    noAccessBefore: "Your account is not allowed to see VM",
    noAccessAfter: "Ask its owner for access.",
    documentTitle: (name: string, state: string | undefined) =>
      `${name}${state ? ` · ${state}` : ""} · OpenScaler`,
    shareTitle: (name: string) => `${name} · OpenScaler`,
    overview: "Overview",
    stateSubject: "the VM's state",
    loadingState: "Loading the VM's state",
    updatedAgo: (age: string) => `Updated ${age} ago`,
    refresh: "Refresh",
    refreshing: "Refreshing…",
    refreshLabel: "Refresh the VM's state",
    detailsProblem: "Couldn't show this VM's details",
    stateProblem: "Couldn't show the state",
    state: "State: ",
    states: {
      running: "Running",
      blocked: "Running (idle)",
      paused: "Paused",
      pmsuspended: "Suspended",
      shutdown: "Shutting down",
      shutoff: "Stopped",
      crashed: "Crashed",
      nostate: "Unknown",
    },
    unknownState: "Unknown",
    facts: {
      id: "ID",
      uuid: "UUID",
      region: "Region",
      distro: "Distribution",
      size: "Size plan",
      nodeType: "Node type",
      project: "Project",
      owner: "Owner",
      created: "Created",
      updated: "Updated",
      vmId: "VM id",
    },
    resources: {
      vcpus: "vCPUs",
      memory: "Memory",
      storage: "Storage",
      transfer: "Transfer",
      perMonth: (amount: string) => `${amount} per month`,
    },
  },

  disks: {
    title: "Disks",
    subject: "the disks",
    noun: "disks",
    none: "This VM has no disks attached.",
    explanation:
      "Allocated is the space the disk image takes on the host, not what the VM's files use.",
    main: "Main disk",
    disk: "Disk",
    allocatedOf: (allocated: string, capacity: string) =>
      `${allocated} allocated of ${capacity} · `,
    allocatedUnknown: (allocated: string) => `${allocated} allocated · capacity unknown`,
    overAllocated: "over-allocated",
    barName: (name: string) => `Disk ${name} allocation`,
    unnamedBarName: (position: number | undefined) =>
      position === undefined ? "Disk allocation" : `Disk ${String(position)} allocation`,
    barValue: (percent: string, over: boolean) =>
      `${percent} allocated${over ? ", over-allocated" : ""}`,
    barValueUnknown: (allocated: string) => `${allocated} allocated, capacity unknown`,
  },

  network: {
    title: "Network",
    subject: "the network details",
    publicIp: "Public IP",
    privateIp: "Private IP",
    subnet: "Subnet",
    vpc: "VPC",
    mac: "MAC address",
    region: "Region",
    notAssigned: "Not assigned",
    publicIpCopy: "public IP",
    privateIpCopy: "private IP",
    ports: "Port mappings",
    portsNoun: "port mappings",
    noPublicIp: "This VM has no public IP address, so no ports are reachable from the internet.",
    noPorts: "No ports are mapped to this VM.",
    caption: (ip: string) => `Port mappings from ${ip} to this VM`,
    listLabel: (ip: string) => `Port mappings from ${ip}`,
    columns: ["Public address", "Internal port", "Description", "Use it"] as const,
    toInternalPort: "to internal port ",
    addressOfPort: (port: string) => `address of port ${port}`,
    sshCommand: "SSH command",
    open: (service: string) => `Open ${service}`,
    opensInNewTab: (href: string) => ` ${href} (opens in a new tab)`,
  },

  pricing: {
    title: "Pricing",
    subject: "the prices",
    perHour: "Per hour",
    perMonth: "Per month",
    currencyNote: (currency: string) => `Prices in ${currency}, as the API states them.`,
  },

  /** How a malformed API answer is described, naming the field. */
  apiProblems: {
    theVm: "the VM",
    anItem: "item",
    items: { disks: "disk", public_ip_ports: "port mapping" } as Partial<Record<string, string>>,
    item: (noun: string, position: number) => `${noun} ${String(position)}`,
    fields: {
      id: { withArticle: "an id", bare: "id" },
      name: { withArticle: "a name", bare: "name" },
      state: { withArticle: "a state", bare: "state" },
      price_hourly: { withArticle: "an hourly price", bare: "hourly price" },
      price_monthly: { withArticle: "a monthly price", bare: "monthly price" },
      disks: { withArticle: "a disk list", bare: "disk list" },
      capacityBytes: { withArticle: "a capacity", bare: "capacity" },
      allocationBytes: { withArticle: "an allocation", bare: "allocation" },
      network: { withArticle: "network details", bare: "network details" },
      port: { withArticle: "a public port", bare: "public port" },
      internal_port: { withArticle: "an internal port", bare: "internal port" },
      public_ip_ports: { withArticle: "a port list", bare: "port list" },
    } as Partial<Record<string, { withArticle: string; bare: string }>>,
    without: (what: string, field: string) => `The API sent ${what} without ${field}.`,
    invalid: (what: string, field: string, key: string) =>
      `The API sent ${what} with an invalid ${field} (${key}).`,
    unreadable: (what: string) => `The API sent ${what} in a form the dashboard cannot read.`,
  },

  time: {
    unknown: "unknown",
    ageSeconds: (n: number) => `${String(n)} s`,
    ageMinutes: (n: number) => `${String(n)} min`,
    ageHours: (n: number) => `${String(n)} h`,
  },
};

export type InterfaceText = typeof text;
