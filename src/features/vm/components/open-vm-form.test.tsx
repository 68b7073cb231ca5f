import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, Route, Routes, useParams } from "react-router";
import { paths } from "@/config/paths";
import { OpenVmForm } from "./open-vm-form";

function OpenedVm() {
  const { vmId } = useParams();
  return <p>Opened VM {vmId}</p>;
}

function renderForm() {
  render(
    <MemoryRouter initialEntries={[paths.home.href()]}>
      <Routes>
        <Route path={paths.home.path} element={<OpenVmForm />} />
        <Route path={paths.vm.path} element={<OpenedVm />} />
      </Routes>
    </MemoryRouter>,
  );
  return {
    user: userEvent.setup(),
    field: screen.getByRole("textbox", { name: "Open a VM by id" }),
    open: screen.getByRole("button", { name: "Open" }),
  };
}

describe("opening a VM by id", () => {
  it("opens the VM's page for an id, without the spaces around it", async () => {
    const { user, field, open } = renderForm();
    await user.type(field, "  8 ");
    await user.click(open);
    expect(await screen.findByText("Opened VM 8")).toBeVisible();
  });

  it("opens with Enter as well", async () => {
    const { user, field } = renderForm();
    await user.type(field, "vm-42{Enter}");
    expect(await screen.findByText("Opened VM vm-42")).toBeVisible();
  });

  it.each([
    ["", "Enter a VM id, for example 8."],
    ["not a valid id", "no spaces or slashes"],
    ["../admin", "no spaces or slashes"],
    ["..", "A VM id cannot be made of dots only."],
    ["x".repeat(65), "A VM id is at most 64 characters long."],
  ])("refuses %j and says why, next to the field", async (typed, why) => {
    const { user, field, open } = renderForm();
    if (typed) await user.type(field, typed);
    await user.click(open);
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent(why);
    expect(field).toBeInvalid();
    expect(field).toHaveAccessibleDescription(alert.textContent);
    expect(screen.queryByText(/^Opened VM/)).not.toBeInTheDocument();
  });

  it("clears the complaint once a good id is given", async () => {
    const { user, field, open } = renderForm();
    await user.click(open);
    expect(screen.getByRole("alert")).toBeVisible();
    await user.type(field, "8");
    await user.click(open);
    expect(await screen.findByText("Opened VM 8")).toBeVisible();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});
