import { render, screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { exampleVm, vmPart, type ExampleVm } from "@/testing/factories/vm";
import { paths } from "@/config/paths";
import { parseStatePart } from "../api/vm-schema";
import { VmList } from "./vm-list";

function renderList(vms: Record<string, unknown>[]) {
  render(
    <MemoryRouter>
      <VmList vms={vms.map((vm) => parseStatePart(vmPart(vm, "state")))} />
    </MemoryRouter>,
  );
}

describe("the list of VMs", () => {
  it("links each VM to its page, by name and id, with its state", () => {
    const vm = exampleVm();
    const other = { ...exampleVm(), id: 12, name: "build-box", state: "shutoff" };
    renderList([vm, other]);
    const links = screen.getAllByRole("link");
    expect(links).toHaveLength(2);
    const first = screen.getByRole("link", { name: new RegExp(vm.name) });
    expect(first).toHaveAttribute("href", paths.vm.href(String(vm.id)));
    expect(first).toHaveTextContent(`#${String(vm.id)}`);
    expect(within(first).getByText("Running")).toBeVisible();
    const second = screen.getByRole("link", { name: new RegExp(other.name) });
    expect(second).toHaveAttribute("href", paths.vm.href("12"));
    expect(within(second).getByText("Stopped")).toBeVisible();
  });

  it("says so when there are no VMs", () => {
    renderList([]);
    expect(screen.getByText("There are no VMs in this project yet.")).toBeVisible();
    expect(screen.queryByRole("list")).not.toBeInTheDocument();
  });

  it("says which entry could not be read, and still links the others", () => {
    const vm = exampleVm();
    const withoutName: Partial<ExampleVm> = exampleVm();
    delete withoutName.name;
    renderList([withoutName, vm]);
    const items = screen.getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(within(items[0] as HTMLElement).queryByRole("link")).not.toBeInTheDocument();
    expect(items[0]).toHaveTextContent("The API sent the VM without a name.");
    expect(screen.getByRole("link", { name: new RegExp(vm.name) })).toBeVisible();
  });

  it.each(["..", ".", "8/../9", "a b"])(
    "makes no link for a VM whose id from the API is %j, and says why",
    (id) => {
      const vm = exampleVm();
      renderList([{ ...vm, id, name: "odd-id" }, vm]);
      const items = screen.getAllByRole("listitem");
      expect(within(items[0] as HTMLElement).queryByRole("link")).not.toBeInTheDocument();
      expect(items[0]).toHaveTextContent("odd-id");
      expect(items[0]).toHaveTextContent(
        "Its id cannot be used in an address, so this VM cannot be opened from here.",
      );
      expect(screen.getAllByRole("link")).toHaveLength(1);
    },
  );

  it("shows a VM without a state with no badge", () => {
    const vm = exampleVm();
    renderList([{ ...vm, state: undefined }]);
    const link = screen.getByRole("link", { name: new RegExp(vm.name) });
    expect(link).not.toHaveTextContent("State:");
  });

  it("renders names as text, never as markup", () => {
    const hostile = '<img src=x onerror="window.__pwned=true">';
    renderList([{ ...exampleVm(), name: hostile }]);
    expect(screen.getByText(hostile)).toBeVisible();
    expect(screen.queryByRole("img")).not.toBeInTheDocument();
  });
});
