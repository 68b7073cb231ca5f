import { http, HttpResponse } from "msw";
import { ApiError } from "@/lib/api-client";
import { server } from "@/testing/mocks/server";
import { signInForTest } from "@/testing/session";
import { getVpcHistory, vpcHistoryPath } from "./vpc-traffic";

describe("a VPC id from an answer", () => {
  beforeEach(async () => {
    await signInForTest();
  });
  afterEach(() => {
    server.events.removeAllListeners();
  });

  it("goes into the path as one segment", () => {
    expect(vpcHistoryPath("1")).toBe("/v1/stats/vpcs/1");
    expect(vpcHistoryPath("vpc-7.eu")).toBe("/v1/stats/vpcs/vpc-7.eu");
  });

  it.each(["..", ".", "1/../2", "%2e%2e", "", "1?stats_timespan=1"])(
    "%j is refused before any request",
    async (vpcId) => {
      expect(vpcHistoryPath(vpcId)).toBeNull();
      const seen: string[] = [];
      server.events.on("request:start", ({ request }) => {
        seen.push(request.url);
      });
      server.use(http.get("*", () => HttpResponse.json({})));
      const error: unknown = await getVpcHistory(vpcId, 86400, {}, {}).catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(ApiError);
      expect(seen).toEqual([]);
    },
  );
});
