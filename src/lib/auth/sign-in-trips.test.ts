import {
  isFreshSignIn,
  MAX_SIGN_IN_TRIPS,
  nextTrip,
  noteSessionAccepted,
  noteSignInCompleted,
  parseWwwAuthenticate,
  readSignInState,
  resetSignInTrips,
} from "./sign-in-trips";

afterEach(() => {
  resetSignInTrips();
});

describe("sign-in trips", () => {
  it("counts trips along a chain and refuses a third", () => {
    expect(MAX_SIGN_IN_TRIPS).toBe(2);
    expect(nextTrip()).toBe(1);
    noteSignInCompleted(1);
    expect(isFreshSignIn()).toBe(true);
    expect(nextTrip()).toBe(2);
    noteSignInCompleted(2);
    expect(nextTrip()).toBeNull();
    expect(nextTrip({ tripsSoFar: 1 })).toBe(2);
    expect(nextTrip({ tripsSoFar: 2 })).toBeNull();
  });

  it("starts afresh once the API accepts the session, or when the reader clicks", () => {
    noteSignInCompleted(2);
    expect(nextTrip({ byReader: true })).toBe(1);
    noteSessionAccepted();
    expect(isFreshSignIn()).toBe(false);
    expect(nextTrip()).toBe(1);
  });

  it("reads only well-formed state", () => {
    expect(readSignInState({ returnTo: "/vms/8", trips: 2, silent: true })).toEqual({
      returnTo: "/vms/8",
      trips: 2,
      silent: true,
    });
    expect(readSignInState({ returnTo: 5, trips: "2", silent: "yes" })).toEqual({});
    expect(readSignInState({ trips: 0 })).toEqual({});
    expect(readSignInState({ trips: 1.5 })).toEqual({});
    expect(readSignInState(null)).toEqual({});
    expect(readSignInState("state")).toEqual({});
  });
});

describe("parseWwwAuthenticate", () => {
  it("reads error and error_description", () => {
    expect(
      parseWwwAuthenticate(
        'Bearer realm="openscaler", error="invalid_token", error_description="The access token audience is wrong"',
      ),
    ).toEqual({ error: "invalid_token", description: "The access token audience is wrong" });
    expect(parseWwwAuthenticate("DPoP error=use_dpop_nonce")).toEqual({
      error: "use_dpop_nonce",
      description: undefined,
    });
  });

  it("unescapes quoted pairs and strips control characters", () => {
    expect(
      parseWwwAuthenticate('Bearer error="invalid_token", error_description="a \\"b\\"\nc"'),
    ).toEqual({ error: "invalid_token", description: 'a "b" c' });
  });

  it("gives nothing for a missing or bare header", () => {
    expect(parseWwwAuthenticate(null)).toEqual({ error: undefined, description: undefined });
    expect(parseWwwAuthenticate('Bearer realm="openscaler"')).toEqual({
      error: undefined,
      description: undefined,
    });
  });

  it("keeps a long description short", () => {
    const long = "x".repeat(1000);
    expect(parseWwwAuthenticate(`Bearer error_description="${long}"`).description).toHaveLength(
      200,
    );
  });
});
