import { http, HttpResponse } from "msw";
import { exampleVm, vmPart } from "../factories/vm";

export const API = "http://localhost:4020";

/** The happy path: VM 8 as in the reference example. Tests override per case. */
export const handlers = [
  http.get(`${API}/v1/vms/:vmId`, ({ params, request }) => {
    if (params.vmId !== "8") return HttpResponse.json({ error: "not_found" }, { status: 404 });
    const only = new URL(request.url).searchParams.getAll("only");
    const vm = exampleVm();
    return HttpResponse.json(only.length === 1 && only[0] ? vmPart(vm, only[0]) : vm);
  }),
  http.get(`${API}/v1/vms`, () => HttpResponse.json({ vms: [exampleVm()] })),
];
