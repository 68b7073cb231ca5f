import { useLocation } from "react-router";
import { Link } from "@/components/ui/link";
import { MessagePage } from "@/components/errors/message-page";
import { buttonClasses } from "@/components/ui/button";
import { paths } from "@/config/paths";
import { text } from "@/lib/text";

export function NoSuchPage() {
  const { pathname } = useLocation();
  return (
    <MessagePage
      title={text.errors.noSuchPageTitle}
      actions={
        <Link to={paths.home.href()} className={buttonClasses("primary")}>
          {text.goToVms}
        </Link>
      }
    >
      <p>
        {text.errors.nothingLivesAt} <code className="font-mono break-all">{pathname}</code>.{" "}
        {text.errors.mistyped}
      </p>
    </MessagePage>
  );
}
