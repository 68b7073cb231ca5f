#!/bin/sh
# Starts the dashboard's web server: one build (dist/) for every environment.
#
# At start it checks the settings from the environment with the same rules as
# a production build (src/config/app-config.ts, src/config/production-build.ts)
# and stops, naming the variable, when one is wrong, so a page never loads
# with half-valid settings. Then it renders, into a writable run directory:
# - index.html, a copy of the build's with the settings as a JSON block that
#   the app reads before it starts (src/config/env.ts); the block is data,
#   never run, so the Content-Security-Policy allows no more script;
# - security-headers.conf, the headers with the CSP's connect-src naming the
#   API and the provider from the same settings (deploy/security-headers.ts
#   says the same in TypeScript, and deploy/entrypoint.test.ts holds the two
#   together);
# - nginx.conf, from deploy/nginx.conf;
# and runs nginx in the foreground. The build directory is only read.
#
#   deploy/entrypoint.sh          check, render, then run nginx
#   deploy/entrypoint.sh render   check and render only (for nginx -t, or plain nginx)
#
# POSIX sh: it runs in the image's BusyBox sh as well as in dash or bash.
set -eu

# The settings the page reads; deploy/README.md says what each does.
SETTINGS="VITE_SANDBOX VITE_API_BASE_URL VITE_OIDC_AUTHORITY VITE_OIDC_CLIENT_ID VITE_OIDC_SCOPE VITE_OIDC_RESOURCE VITE_PROJECT_ID VITE_CURRENCY VITE_AUTH_STORAGE VITE_API_TIMEOUT_MS VITE_OIDC_TIMEOUT_MS VITE_OIDC_DPOP VITE_SUPPORT_LANGUAGE"

# Where things are: the image's defaults.
here=$(cd "$(dirname "$0")" && pwd)
ROOT=${DASHBOARD_ROOT:-$here/dist}
RUN_DIR=${DASHBOARD_RUN_DIR:-/tmp/dashboard}
LISTEN=${DASHBOARD_LISTEN:-8080}
MIME_TYPES=${DASHBOARD_MIME_TYPES:-/etc/nginx/mime.types}
TEMPLATE=${DASHBOARD_NGINX_TEMPLATE:-$here/nginx.conf}
BROTLI_MODULE=${DASHBOARD_BROTLI_MODULE:-/usr/lib/nginx/modules/ngx_http_brotli_static_module.so}

problems=""
problem() {
  problems="$problems
- $1"
}

# A variable's value, trimmed; empty when unset or blank (as the build reads
# it). Printed by `setting`, kept in $value by `read_setting` (no subshell).
read_setting() {
  eval "value=\${$1:-}"
  while :; do
    case $value in
      [[:space:]]*) value=${value#?} ;;
      *[[:space:]]) value=${value%?} ;;
      *) break ;;
    esac
  done
}
setting() {
  read_setting "$1"
  printf '%s' "$value"
}

has_control() {
  case $1 in
    *[[:cntrl:]]*) return 0 ;;
  esac
  return 1
}

lower() { printf '%s' "$1" | tr 'A-Z' 'a-z'; }

# An absolute http(s) URL, as the app keeps it: scheme and host in lower case,
# no default port, no trailing slash. Anything else (a query, a fragment,
# credentials, spaces) is refused, naming the variable. Sets url_result.
# (Checks run in this shell, never in $(…), so the problems they note stay.)
http_url() {
  url_result=""
  name=$1
  value=$2
  if has_control "$value" || ! printf '%s\n' "$value" | grep -Eq '^[A-Za-z][A-Za-z0-9+.-]*://'; then
    problem "$name must be an absolute http(s) URL, got \"$value\"."
    return 1
  fi
  scheme=$(lower "${value%%://*}")
  if [ "$scheme" != http ] && [ "$scheme" != https ]; then
    problem "$name must use http or https, got \"$scheme:\"."
    return 1
  fi
  rest=${value#*://}
  case $rest in
    *\?* | *\#* | *@*)
      problem "$name must not contain a query, fragment or credentials, got \"$value\"."
      return 1
      ;;
  esac
  hostport=${rest%%/*}
  path=${rest#"$hostport"}
  if ! printf '%s\n' "$hostport" | grep -Eq '^([A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])(:[0-9]{1,5})?$' ||
    ! printf '%s\n' "$path" | grep -Eq "^[A-Za-z0-9._~!\$&'()*+,;=:%/-]*\$"; then
    problem "$name must be an absolute http(s) URL, got \"$value\"."
    return 1
  fi
  host=$(lower "$hostport")
  port=""
  case $host in
    \[*\]:*) port=${host##*]:} host=${host%:*} ;;
    \[*) ;;
    *:*) port=${host##*:} host=${host%%:*} ;;
  esac
  if [ -n "$port" ]; then
    port=$(printf '%s' "$port" | sed 's/^0*\([0-9]\)/\1/')
    if [ "$port" -gt 65535 ]; then
      problem "$name must be an absolute http(s) URL, got \"$value\"."
      return 1
    fi
    if { [ "$scheme" = http ] && [ "$port" = 80 ]; } || { [ "$scheme" = https ] && [ "$port" = 443 ]; }; then
      port=""
    fi
  fi
  url_result="$scheme://$host${port:+:$port}$(printf '%s' "$path" | sed 's#/*$##')"
}

origin_of() { printf '%s\n' "$1" | sed -E 's#^([a-z]+://[^/]+).*#\1#'; }

is_loopback() {
  case $(origin_of "$1") in
    http://localhost | http://localhost:* | http://127.0.0.1 | http://127.0.0.1:* | "http://[::1]" | "http://[::1]:"*) return 0 ;;
  esac
  return 1
}

# A whole number of milliseconds within [min, max], or a problem. Sets ms_result.
milliseconds() {
  name=$1 value=$2 min=$3 max=$4
  ms_result=$(printf '%s' "$value" | sed 's/^0*\([0-9]\)/\1/')
  case $ms_result in
    '' | *[!0-9]*) ms_result=-1 ;;
  esac
  if [ ${#ms_result} -gt 9 ] || [ "$ms_result" -lt "$min" ] || [ "$ms_result" -gt "$max" ]; then
    problem "$name must be a whole number of milliseconds from $min to $max, got \"$value\"."
  fi
}

# A JSON string: quotes and backslashes escaped, and <, > and & written as
# \u escapes, so no value can close the <script> block (</script>) or open a
# comment in it. Control characters never get here.
json_string() {
  printf '"%s"' "$(printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/</\\u003c/g' -e 's/>/\\u003e/g' -e 's/&/\\u0026/g')"
}

# --- The settings -------------------------------------------------------------

sandbox=$(lower "$(setting VITE_SANDBOX)")
if [ "$sandbox" != true ] && [ "$sandbox" != 1 ]; then
  sandbox=""
  # Without VITE_SANDBOX=true the services must be named: the sandbox's
  # defaults never reach readers by accident.
  for name in VITE_API_BASE_URL VITE_OIDC_AUTHORITY VITE_OIDC_CLIENT_ID; do
    if [ -z "$(setting "$name")" ]; then
      case $name in
        VITE_API_BASE_URL) fallback=http://localhost:4020 ;;
        VITE_OIDC_AUTHORITY) fallback=http://localhost:4010 ;;
        *) fallback=openscaler-dashboard ;;
      esac
      problem "$name is not set, so this server would use the local sandbox's $fallback. Set it to the real service, or set VITE_SANDBOX=true to serve the sandbox."
    fi
  done
fi

# The API and the provider: http(s) URLs, https unless on this machine.
service_url() {
  raw=$(setting "$1")
  [ -n "$raw" ] || raw=$2
  http_url "$1" "$raw" || return 0
  if [ "${url_result%%://*}" = http ] && ! is_loopback "$url_result"; then
    problem "$1 must use https in production (plain http only for localhost, 127.0.0.1 or [::1]), got \"$raw\"."
  fi
}
service_url VITE_API_BASE_URL http://localhost:4020
api=$url_result
service_url VITE_OIDC_AUTHORITY http://localhost:4010
authority=$url_result

client_id=$(setting VITE_OIDC_CLIENT_ID)
[ -n "$client_id" ] || client_id=openscaler-dashboard
has_control "$client_id" && problem "VITE_OIDC_CLIENT_ID must be one line of text."

scope=$(setting VITE_OIDC_SCOPE)
[ -n "$scope" ] || scope="openid profile email vms:read vms:write"
case " $scope " in
  *" openid "*) has_control "$scope" && problem "VITE_OIDC_SCOPE must be one line of text." ;;
  *) problem "VITE_OIDC_SCOPE must include \"openid\", got \"$scope\"." ;;
esac

resource=$(setting VITE_OIDC_RESOURCE)
if [ -n "$resource" ]; then
  http_url VITE_OIDC_RESOURCE "$resource" || true
  resource=$url_result
fi

project=$(setting VITE_PROJECT_ID)
[ -n "$project" ] || project=default
has_control "$project" && problem "VITE_PROJECT_ID must be one line of text."

currency=$(setting VITE_CURRENCY | tr 'a-z' 'A-Z')
[ -n "$currency" ] || currency=USD
if ! printf '%s\n' "$currency" | grep -Eq '^[A-Z]{3}$' || has_control "$currency"; then
  problem "VITE_CURRENCY must be a three-letter ISO 4217 code such as USD, got \"$currency\"."
fi

storage=$(setting VITE_AUTH_STORAGE)
[ -n "$storage" ] || storage=session
case $storage in
  session | memory) ;;
  *) problem "VITE_AUTH_STORAGE must be \"session\" or \"memory\", got \"$storage\"." ;;
esac

api_timeout=$(setting VITE_API_TIMEOUT_MS)
milliseconds VITE_API_TIMEOUT_MS "${api_timeout:-15000}" 1000 120000
api_timeout=$ms_result

oidc_timeout=$(setting VITE_OIDC_TIMEOUT_MS)
milliseconds VITE_OIDC_TIMEOUT_MS "${oidc_timeout:-10000}" 1000 60000
oidc_timeout=$ms_result

dpop=$(setting VITE_OIDC_DPOP)
[ -n "$dpop" ] || dpop=false
case $dpop in
  true | false) ;;
  *) problem "VITE_OIDC_DPOP must be \"true\" or \"false\", got \"$dpop\"." ;;
esac

support_language=$(setting VITE_SUPPORT_LANGUAGE)
[ -n "$support_language" ] || support_language=en
case $support_language in
  en | fr | ar) ;;
  *) problem "VITE_SUPPORT_LANGUAGE must be one of en, fr, ar, got \"$support_language\"." ;;
esac

if [ -n "$problems" ]; then
  printf "The dashboard's configuration is not valid:%s\nSee deploy/README.md for every setting.\n" "$problems" >&2
  exit 1
fi

# --- Where it serves from -----------------------------------------------------

# Paths and the listen address go into nginx.conf as they are: no spaces or
# nginx syntax.
for pair in "DASHBOARD_ROOT:$ROOT" "DASHBOARD_RUN_DIR:$RUN_DIR" "DASHBOARD_MIME_TYPES:$MIME_TYPES"; do
  if ! printf '%s\n' "${pair#*:}" | grep -Eq '^/[A-Za-z0-9._/+-]*$'; then
    problem "${pair%%:*} must be an absolute path of letters, digits and ._/+-, got \"${pair#*:}\"."
  fi
done
if ! printf '%s\n' "$LISTEN" | grep -Eq '^(([0-9.]+|\[[0-9A-Fa-f:]+\]|localhost):)?[0-9]{1,5}$'; then
  problem "DASHBOARD_LISTEN must be a port, or an address and a port (127.0.0.1:8080), got \"$LISTEN\"."
fi
[ -f "$ROOT/index.html" ] || problem "DASHBOARD_ROOT ($ROOT) holds no index.html: is it the build (dist/)?"
[ -f "$TEMPLATE" ] || problem "The nginx template $TEMPLATE is missing (DASHBOARD_NGINX_TEMPLATE)."
if [ -n "$problems" ]; then
  printf "The dashboard's web server cannot start:%s\n" "$problems" >&2
  exit 1
fi

# --- Rendering ------------------------------------------------------------------

mkdir -p "$RUN_DIR"
if ! [ -w "$RUN_DIR" ]; then
  echo "The run directory $RUN_DIR is not writable (DASHBOARD_RUN_DIR)." >&2
  exit 1
fi

settings="{\"apiBaseUrl\":$(json_string "$api"),\"oidcAuthority\":$(json_string "$authority"),\"oidcClientId\":$(json_string "$client_id"),\"oidcScope\":$(json_string "$scope"),"
[ -z "$resource" ] || settings="$settings\"oidcResource\":$(json_string "$resource"),"
settings="$settings\"projectId\":$(json_string "$project"),\"currency\":$(json_string "$currency"),\"authStorage\":$(json_string "$storage"),\"apiTimeoutMs\":$api_timeout,\"oidcTimeoutMs\":$oidc_timeout,\"oidcDpop\":$dpop,\"supportLanguage\":$(json_string "$support_language")}"

# Right before </head>: read before the app's module script runs, whatever
# its place in the head, and before the page's first script, which the build
# puts first in <body> (deploy/first-request-script.ts).
SETTINGS_BLOCK="<script type=\"application/json\" id=\"settings\">$settings</script>" \
  awk '!done && (i = index($0, "</head>")) { $0 = substr($0, 1, i - 1) ENVIRON["SETTINGS_BLOCK"] substr($0, i); done = 1 } { print } END { if (!done) exit 1 }' \
  "$ROOT/index.html" >"$RUN_DIR/index.html.new" || {
  echo "$ROOT/index.html has no </head> to put the settings before." >&2
  exit 1
}
mv "$RUN_DIR/index.html.new" "$RUN_DIR/index.html"

api_origin=$(origin_of "$api")
authority_origin=$(origin_of "$authority")
connect="$api_origin"
[ "$authority_origin" = "$api_origin" ] || connect="$connect $authority_origin"
csp="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'none'; manifest-src 'self'; connect-src $connect; form-action 'self'; frame-ancestors 'none'; frame-src 'none'; base-uri 'self'; object-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'"
cat >"$RUN_DIR/security-headers.conf" <<EOF
add_header Content-Security-Policy "$csp" always;
add_header Referrer-Policy "no-referrer" always;
add_header X-Content-Type-Options "nosniff" always;
add_header X-Frame-Options "DENY" always;
add_header Cross-Origin-Opener-Policy "same-origin" always;
add_header Cross-Origin-Resource-Policy "same-origin" always;
add_header Permissions-Policy "camera=(), microphone=(), geolocation=(), payment=(), usb=(), clipboard-write=(self)" always;
EOF

# Access logs go to standard output. nginx opens its log by name: /dev/stdout
# when that can be opened (a file, a terminal, a container runtime's pipe);
# when it cannot (a socket, or a pipe another user made), through a FIFO that
# a `cat` started below copies to standard output.
if (: >>/dev/stdout) 2>/dev/null; then
  access_log=/dev/stdout
else
  access_log=$RUN_DIR/access-log.fifo
fi

# Brotli where the nginx has the module (Debian: libnginx-mod-http-brotli-static).
modules=""
brotli=""
if [ -f "$BROTLI_MODULE" ]; then
  modules="load_module $BROTLI_MODULE;"
  brotli="brotli_static on;"
fi

sed -e "s|{{ROOT}}|$ROOT|g" -e "s|{{RUN_DIR}}|$RUN_DIR|g" -e "s|{{LISTEN}}|$LISTEN|g" \
  -e "s|{{MIME_TYPES}}|$MIME_TYPES|g" -e "s|{{ACCESS_LOG}}|$access_log|g" \
  -e "s|{{LOAD_MODULES}}|$modules|g" -e "s|{{BROTLI_STATIC}}|$brotli|g" \
  "$TEMPLATE" >"$RUN_DIR/nginx.conf"
if grep -q '{{[A-Z_]*}}' "$RUN_DIR/nginx.conf"; then
  echo "$TEMPLATE uses a placeholder this script does not fill." >&2
  exit 1
fi

if [ "${1:-}" = render ]; then
  echo "$RUN_DIR/nginx.conf"
  exit 0
fi

if [ "$access_log" != /dev/stdout ]; then
  rm -f "$access_log"
  mkfifo -m 600 "$access_log"
  cat "$access_log" &
fi

# Started as root (a developer's machine, CI), nginx would run its workers as
# nobody, who may not read a build inside a private directory; the image runs
# as a user of its own and never gets here as root.
globals="daemon off;"
[ "$(id -u)" != 0 ] || globals="$globals user root;"
echo "Serving $ROOT on $LISTEN (settings: $api, $authority)" >&2
exec nginx -p "$RUN_DIR" -e stderr -c "$RUN_DIR/nginx.conf" -g "$globals"
