// The words the whole dashboard shares: the layout, signing in, errors, copy
// buttons, lists, sections and ages. Each feature keeps its own words beside
// it (src/features/vm/vm-text.ts, src/features/usage/usage-text.ts, …), so
// they download with the code that shows them; a translation is one new
// object of the same shape in each. Numbers, sizes, money and dates are
// formatted with Intl in the reader's locale where they are used.

export const text = {
  product: "OpenScaler",
  loading: "Loading…",
  skipToContent: "Skip to content",
  tryAgain: "Try again",
  tryingAgain: "Trying again…",
  signInAgain: "Sign in again",
  goToVms: "Go to your VMs",
  /** Stands for a value the API did not give, everywhere one is missing. */
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
    codeUnavailableText:
      "This part of the dashboard could not be downloaded. Check your connection, or reload the page if the dashboard was just updated.",
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
    offline:
      "You're offline. What you see may be out of date; the page updates when the connection returns.",
  },

  privacy: {
    toggle: "Privacy",
    toggleHidden: " mode",
    toggleHint: "Hide IP addresses, the MAC address, the UUID, account ids and the SSH command",
  },

  copy: {
    copy: (what: string) => `Copy ${what}`,
    copied: "Copied",
    copiedWhat: (what: string) => `Copied ${what}`,
    refused: (what: string) =>
      `Copying was refused by the browser. Select and copy the ${what} here:`,
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

  time: {
    ageSeconds: (n: number) => `${String(n)} s`,
    ageMinutes: (n: number) => `${String(n)} min`,
    ageHours: (n: number) => `${String(n)} h`,
  },
};
