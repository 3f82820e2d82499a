#!/usr/bin/env sh
# Makes an RS256 bearer JWT for Impasse Advisor with openssl alone, for trying authentication out.
# Usage: tools/make-token.sh PRIVATE_KEY.pem ISSUER SUBJECT "ROLE1 ROLE2" [LIFETIME_SECONDS]
# Production tokens come from your identity provider; this is for local set-ups and tests.
set -eu
key=$1 issuer=$2 subject=$3 roles=$4 lifetime=${5:-3600}
now=$(date +%s)
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
groups=$(printf '%s' "$roles" | awk '{for (i = 1; i <= NF; i++) printf "%s\"%s\"", (i > 1 ? "," : ""), $i}')
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"%s","sub":"%s","upn":"%s","groups":[%s],"iat":%d,"exp":%d}' \
  "$issuer" "$subject" "$subject" "$groups" "$now" "$((now + lifetime))" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
