import { exampleVm, vmPart } from "@/testing/factories/vm";
import { parseDisksPart, parseNetworkPart, parseStatePart } from "./vm-schema";

describe("parsing the state part", () => {
  it("reads the reference example's basics, state and prices exactly", () => {
    const part = parseStatePart(vmPart(exampleVm(), "state"));
    expect(part.state).toEqual({ ok: true, value: "running" });
    expect(part.pricing).toEqual({ ok: true, value: { hourly: "0.01786", monthly: "12" } });
    expect(part.basics.ok && part.basics.value).toMatchObject({
      id: "8",
      name: "my-example-computer",
      uuid: "c8bcdc74-fe5d-11ee-9a99-1e3c3b352c51",
      region: "alg1",
      memoryMB: 2048,
      vpcId: "1",
      createdAt: "2024-04-19T15:02:04",
    });
  });

  it("accepts prices as numeric strings and keeps their digits", () => {
    const part = parseStatePart({
      id: "a",
      name: "n",
      state: "paused",
      price_hourly: "0.00208",
      price_monthly: "1.40",
    });
    expect(part.pricing).toEqual({ ok: true, value: { hourly: "0.00208", monthly: "1.40" } });
  });

  it("fails only the section whose field is wrong, naming the field", () => {
    const part = parseStatePart({ ...exampleVm(), price_hourly: "cheap" });
    expect(part.pricing).toEqual({
      ok: false,
      problem: "The API sent the VM with an invalid hourly price (price_hourly).",
    });
    expect(part.basics.ok).toBe(true);
    expect(part.state.ok).toBe(true);
  });

  it("says which field is missing", () => {
    const withoutState: Partial<ReturnType<typeof exampleVm>> = exampleVm();
    delete withoutState.state;
    expect(parseStatePart(withoutState).state).toEqual({
      ok: false,
      problem: "The API sent the VM without a state.",
    });
  });

  it("says an id or a price is missing, not invalid, when it is absent or null", () => {
    const vm: Partial<ReturnType<typeof exampleVm>> = exampleVm();
    delete vm.id;
    delete vm.price_hourly;
    const part = parseStatePart(vm);
    expect(part.basics).toEqual({ ok: false, problem: "The API sent the VM without an id." });
    expect(part.pricing).toEqual({
      ok: false,
      problem: "The API sent the VM without an hourly price.",
    });
    expect(parseStatePart({ ...exampleVm(), id: true }).basics).toEqual({
      ok: false,
      problem: "The API sent the VM with an invalid id (id).",
    });
    expect(parseStatePart({ ...exampleVm(), price_monthly: null }).pricing).toEqual({
      ok: false,
      problem: "The API sent the VM without a monthly price.",
    });
  });

  it("names a field it has no words for as the API spells it", () => {
    expect(parseStatePart({ ...exampleVm(), uuid: 42 }).basics).toEqual({
      ok: false,
      problem: 'The API sent the VM with an invalid "uuid" (uuid).',
    });
  });

  it("ignores unknown fields and tolerates nulls in fields the page can do without", () => {
    const part = parseStatePart({
      ...exampleVm(),
      surprise: { nested: true },
      description: null,
      uuid: null,
    });
    expect(part.basics.ok).toBe(true);
    expect(part.basics.ok && part.basics.value.description).toBeUndefined();
  });
});

describe("parsing the disks part", () => {
  it("maps the example's two disks", () => {
    const part = parseDisksPart(vmPart(exampleVm(), "disks"));
    expect(part.disks).toEqual({
      ok: true,
      value: [
        {
          isMain: true,
          capacityBytes: 53687091200,
          allocationBytes: 1391562197,
          path: "/",
          targetDevice: "vda",
        },
        {
          isMain: false,
          capacityBytes: 5368709120,
          allocationBytes: 4486426928,
          path: "/mnt/vdc1",
          targetDevice: "vdc",
        },
      ],
    });
  });

  it("names the disk and the field that is missing", () => {
    const vm = exampleVm();
    const broken = { ...vm, disks: [vm.disks[0], { ...vm.disks[1], capacityBytes: undefined }] };
    expect(parseDisksPart(broken).disks).toEqual({
      ok: false,
      problem: "The API sent disk 2 without a capacity.",
    });
  });

  it("refuses a negative allocation rather than drawing it", () => {
    const vm = exampleVm();
    const broken = { ...vm, disks: [{ ...vm.disks[0], allocationBytes: -1 }] };
    expect(parseDisksPart(broken).disks).toEqual({
      ok: false,
      problem: "The API sent disk 1 with an invalid allocation (allocationBytes).",
    });
  });

  it("names the port mapping whose port is wrong", () => {
    const vm = exampleVm();
    const ports = [...vm.network.public_ip_ports, { port: "ssh", internal_port: 22 }];
    const part = parseNetworkPart({ ...vm, network: { ...vm.network, public_ip_ports: ports } });
    expect(part.network).toEqual({
      ok: false,
      problem: "The API sent port mapping 4 with an invalid public port (port).",
    });
  });
});

describe("parsing the network part", () => {
  it("maps the example's ports", () => {
    const part = parseNetworkPart(vmPart(exampleVm(), "network"));
    expect(part.network.ok && part.network.value.ports).toEqual([
      { publicPort: 9000, internalPort: 22, description: "SSH port for VM 8 (internal port 22)" },
      { publicPort: 9001, internalPort: 80, description: "HTTP port for VM 8 (internal port 80)" },
      {
        publicPort: 9002,
        internalPort: 443,
        description: "HTTPS port for VM 8 (internal port 443)",
      },
    ]);
  });

  it("treats a missing port list and a null public IP as none", () => {
    const part = parseNetworkPart({ id: 1, name: "x", network: { public_ip: null } });
    expect(part.network).toEqual({
      ok: true,
      value: {
        publicIp: undefined,
        privateIp: undefined,
        subnet: undefined,
        vpcId: undefined,
        mac: undefined,
        region: undefined,
        ports: [],
      },
    });
  });

  it("says when the network object itself is missing", () => {
    expect(parseNetworkPart({ id: 1, name: "x" }).network).toEqual({
      ok: false,
      problem: "The API sent the VM without network details.",
    });
  });
});
