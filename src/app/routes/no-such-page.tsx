import { Link, useLocation } from "react-router";
import { MessagePage } from "@/components/errors/message-page";
import { buttonClasses } from "@/components/ui/button";
import { paths } from "@/config/paths";

export function NoSuchPage() {
  const { pathname } = useLocation();
  return (
    <MessagePage
      title="There is no page here"
      actions={
        <Link to={paths.home.href()} className={buttonClasses("primary")}>
          Go to your VMs
        </Link>
      }
    >
      <p>
        Nothing lives at <code className="font-mono break-all">{pathname}</code>. The address may be
        mistyped.
      </p>
    </MessagePage>
  );
}
