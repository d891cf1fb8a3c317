#!/usr/bin/env bash
# usage: tests/fuzz/make-seeds.sh BUILD-DIR [CORPUS-DIR]
# Regenerates the fuzzers' seed corpora from real answers of identitydesk-mock: list pages,
# single users, error bodies and token answers of every API; and a profile file and a change
# journal as identitydesk-cli writes them (BUILD-DIR holds both programs, e.g. build/ci). Small directories (--users 12, pages of 3), so
# the seeds stay a few hundred bytes each. The error seeds start with the two selector bytes of
# fuzz_backend.cpp (status, operation).
set -euo pipefail
build=${1:?usage: make-seeds.sh BUILD-DIR [CORPUS-DIR]}
mock=$build/app/mockserver/identitydesk-mock
cli=$build/app/cli/identitydesk-cli
here=$(cd "$(dirname "$0")" && pwd)
out=${2:-$here/corpus}
work=$(mktemp -d)
mock_pid=
cleanup() { [[ -n $mock_pid ]] && kill "$mock_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

"$mock" --port 0 --users 12 --codearts-users 2 >"$work/mock.out" 2>&1 &
mock_pid=$!
for _ in $(seq 50); do grep -q 'http://127.0.0.1:' "$work/mock.out" && break; sleep 0.1; done
base=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/mock.out" | head -1)
[[ -n $base ]] || { echo "make-seeds: the mock did not start" >&2; cat "$work/mock.out" >&2; exit 1; }

get() { curl -s -m 10 "$@"; }
save() { mkdir -p "$out/$1"; cat >"$out/$1/$2"; }
# save_error TARGET NAME STATUS-SELECTOR OPERATION-SELECTOR: the body after two selector bytes
save_error() { mkdir -p "$out/$1"; { printf "\\x$(printf %02x "$3")\\x$(printf %02x "$4")"; cat; } >"$out/$1/$2"; }

# Gcore IAM (API key)
gc=(-H 'Authorization: APIKey demo-gcore-apikey')
get "${gc[@]}" "$base/iam/users?limit=3&offset=0" | save gcore_page list
gid=$(get "${gc[@]}" "$base/iam/users?limit=1&offset=0" | grep -o '"id": *[0-9]*' | head -1 | grep -o '[0-9]*$')
get "${gc[@]}" "$base/iam/users/$gid" | save gcore_user user
get "${gc[@]}" "$base/iam/users/999999999" | save_error gcore_error not-found 3 1
get -H 'Authorization: APIKey wrong' "$base/iam/users" | save_error gcore_error unauthorized 1 0
get "${gc[@]}" -X PUT -H 'Content-Type: application/json' -d '{"email":"bad"}' \
  "$base/iam/users/$gid/email" | save_error gcore_error bad-email 0 2
get -X POST -H 'Content-Type: application/json' -d '{"username":"a","password":"b"}' \
  "$base/iam/auth/jwt/login" | save_error tokens gcore-login-refused 0 1
get -X POST -H 'Content-Type: application/json' \
  -d '{"username":"'"$(get "${gc[@]}" "$base/iam/users/$gid" | grep -o '"email": *"[^"]*"' | head -1 | sed 's/.*"\([^"]*\)"$/\1/')"'","password":"demo-password"}' \
  "$base/iam/auth/jwt/login" | save_error tokens gcore-login 0 0

# ZITADEL management (personal access token) and self-service
org=$(get -H 'Authorization: Bearer demo-zitadel-self-token' "$base/auth/v1/users/me" \
  | grep -o '"resourceOwner": *"[0-9]*"' | head -1 | grep -o '[0-9]*')
zt=(-H 'Authorization: Bearer demo-zitadel-pat' -H 'Content-Type: application/json' -H "x-zitadel-orgid: $org")
get "${zt[@]}" -X POST -d '{"query":{"limit":3}}' "$base/management/v1/users/_search" | save zitadel_page list
zid=$(get "${zt[@]}" -X POST -d '{"query":{"limit":1}}' "$base/management/v1/users/_search" \
  | grep -o '"id": *"[^"]*"' | head -1 | sed 's/.*"\([^"]*\)"$/\1/')
get "${zt[@]}" "$base/management/v1/users/$zid" | save zitadel_user user
get -H 'Authorization: Bearer demo-zitadel-self-token' "$base/auth/v1/users/me" | save zitadel_user self
get "${zt[@]}" "$base/management/v1/users/123456789012345678" | save_error zitadel_error not-found 3 1
get -H 'Authorization: Bearer wrong' "$base/management/v1/users/$zid" | save_error zitadel_error unauthorized 1 1
get "${zt[@]}" -X PUT -d '{"email":"bad"}' "$base/management/v1/users/$zid/email" \
  | save_error zitadel_error bad-email 0 2
get -u identitydesk-demo:demo-zitadel-secret -d 'grant_type=client_credentials&scope=openid%20urn:zitadel:iam:org:project:id:zitadel:aud' \
  "$base/oauth/v2/token" | save_error tokens zitadel-token 0 2
get -u identitydesk-demo:wrong -d 'grant_type=client_credentials' "$base/oauth/v2/token" \
  | save_error tokens zitadel-token-refused 0 3

# Huawei CodeArts Repo (X-Auth-Token) and Huawei IAM
ca=(-H 'X-Auth-Token: demo-codearts-token')
get "${ca[@]}" "$base/v4/user/emails" | save codearts_page emails
get "${ca[@]}" "$base/v4/user/emails" | save codearts_user emails
get -H 'X-Auth-Token: wrong' "$base/v4/user/emails" | save_error codearts_error unauthorized 1 0
get "${ca[@]}" -X PUT -H 'Content-Type: application/json' -d '{"email":"bad"}' \
  "$base/v4/user/emails" | save_error codearts_error bad-email 0 2
get -X POST -H 'Content-Type: application/json' -d '{"auth":{}}' "$base/v3/auth/tokens" \
  | save_error tokens huawei-iam-refused 0 5

# Acronis (client credentials)
token=$(get -u demo-acronis-client:demo-acronis-secret -d grant_type=client_credentials \
  "$base/api/2/idp/token" | grep -o '"access_token": *"[^"]*"' | sed 's/.*"\([^"]*\)"$/\1/')
get -u demo-acronis-client:demo-acronis-secret -d grant_type=client_credentials \
  "$base/api/2/idp/token" | save_error tokens acronis-token 0 6
get -u demo-acronis-client:wrong -d grant_type=client_credentials "$base/api/2/idp/token" \
  | save_error tokens acronis-token-refused 0 7
ac=(-H "Authorization: Bearer $token")
# the first tenant that has users
for tenant in $(get "${ac[@]}" "$base/mock/acronis/tenants" | grep -o '"[0-9a-f-]\{36\}"' | tr -d '"'); do
  get "${ac[@]}" "$base/api/2/tenants/$tenant/users" | grep -q '"[0-9a-f-]\{36\}"' && break
done
get "${ac[@]}" "$base/api/2/tenants/$tenant/users" | save acronis_page tenant-user-ids
aid=$(get "${ac[@]}" "$base/api/2/tenants/$tenant/users" | grep -o '"[0-9a-f-]\{36\}"' | head -1 | tr -d '"')
get "${ac[@]}" "$base/api/2/users?uuids=$aid" | save acronis_page users
get "${ac[@]}" "$base/api/2/users/$aid" | save acronis_user user
get "${ac[@]}" "$base/api/2/users/00000000-0000-4000-8000-000000000000" \
  | save_error acronis_error not-found 3 1
get -H 'Authorization: Bearer wrong' "$base/api/2/users/$aid" | save_error acronis_error unauthorized 1 1
get "${ac[@]}" -X PUT -H 'Content-Type: application/json' -d '{"email":"bad","version":0}' \
  "$base/api/2/users/$aid" | save_error acronis_error bad-put 0 2

# A profile file with one profile of every kind, and a journal of a change that went through
# and one that failed, both written by the CLI.
# The secrets go to a throw-away keyring (with-keyring.sh); only the file is kept.
add() { printf 'seed-secret\n' | "$here/../with-keyring.sh" "$cli" --config-dir "$work/config" --quiet \
  profiles add "$@" --secret-stdin >/dev/null 2>&1; }
add gcore --kind gcore --url "$base" --auth api-key
add zitadel --kind zitadel --url "$base" --auth personal-access-token --org "$org"
add zitadel-self --kind zitadel-self --url "$base" --auth session-token
add codearts --kind codearts --url "$base" --auth password --auth-url "$base" --principal helpdesk \
  --account demo-domain --project ap-southeast-3
add acronis --kind acronis --url "$base" --auth client-credentials --principal demo-acronis-client \
  --org "$tenant"
mkdir -p "$out/profiles" "$out/journal"
cp "$work/config/profiles.json" "$out/profiles/five-kinds.json"
export IDENTITYDESK_JOURNAL=$work/journal.sqlite
zid=$("$cli" --demo-url "$base" --profile zitadel --json users --limit 1 | grep -o '"id": *"[^"]*"' \
  | head -1 | sed 's/.*"\([^"]*\)"$/\1/')
"$cli" --demo-url "$base" --profile zitadel --quiet change-email "$zid" seed.new@example.org --verified >/dev/null
"$cli" --demo-url "$base" --profile zitadel --quiet change-email "$zid" not-an-address >/dev/null 2>&1 || true
"$cli" --quiet history verify >/dev/null
cp "$IDENTITYDESK_JOURNAL" "$out/journal/two-changes.sqlite"

# The JSON reader takes any answer; the first page of every API is enough.
mkdir -p "$out/jsonreader"
for f in "$out"/*_page/* "$out"/*_user/*; do cp "$f" "$out/jsonreader/$(basename "$(dirname "$f")")-$(basename "$f")"; done
echo "make-seeds: wrote $(find "$out" -type f | wc -l) seeds under $out"
echo "ids: gcore=$gid zitadel=$zid org=$org acronis=$aid tenant=$tenant"
