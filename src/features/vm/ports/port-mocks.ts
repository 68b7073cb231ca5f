// A stateful stand-in for the sandbox's public_ports endpoints, for component
// tests: opened mappings show in the next network read, closed ones leave it.
import { http, HttpResponse } from "msw";
import { server } from "@/testing/mocks/server";
import { API } from "@/testing/mocks/handlers";
import { exampleVm, vmPart } from "@/testing/factories/vm";

interface Mapping {
  description: string;
  port: number;
  internal_port: number;
}

interface Sent {
  method: "POST" | "DELETE";
  body: unknown;
}

export interface PortsMock {
  sent: Sent[];
  /** The next write answers this instead (once). */
  failNext: (status: number, body: Record<string, unknown>) => void;
}

export function mockPorts(): PortsMock {
  const vm = exampleVm();
  const network = vm.network as { public_ip_ports: Mapping[] };
  const sent: Sent[] = [];
  let failure: { status: number; body: Record<string, unknown> } | null = null;
  const takeFailure = () => {
    const next = failure;
    failure = null;
    return next ? HttpResponse.json(next.body, { status: next.status }) : null;
  };
  server.use(
    http.get(`${API}/v1/vms/:vmId`, ({ request }) => {
      const only = new URL(request.url).searchParams.get("only") ?? "";
      return HttpResponse.json(vmPart(vm, only));
    }),
    http.post(`${API}/v1/vms/:vmId/public_ports`, async ({ request }) => {
      const body = (await request.json()) as { port: number; desc: string };
      sent.push({ method: "POST", body });
      const failed = takeFailure();
      if (failed) return failed;
      const publicPort = Math.max(8999, ...network.public_ip_ports.map((p) => p.port)) + 1;
      network.public_ip_ports.push({
        description: body.desc,
        port: publicPort,
        internal_port: body.port,
      });
      return HttpResponse.json({ public_port: publicPort }, { status: 201 });
    }),
    http.delete(`${API}/v1/vms/:vmId/public_ports`, async ({ request }) => {
      const body = (await request.json()) as { port: number };
      sent.push({ method: "DELETE", body });
      const failed = takeFailure();
      if (failed) return failed;
      network.public_ip_ports = network.public_ip_ports.filter((p) => p.port !== body.port);
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return {
    sent,
    failNext: (status, body) => {
      failure = { status, body };
    },
  };
}
