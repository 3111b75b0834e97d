#!/usr/bin/env bash
# One-shot, once the cluster answers: an API key for the API (read-only on the publications, read-write on the alerts
# that saved searches and subscriptions are) and one for the indexer (writes both), from the role descriptors beside
# this script, written to the `keys` volume that the app containers mount read-only. Existing keys are kept.
set -euo pipefail
es="https://es01:9200"
auth=(--cacert /usr/share/elasticsearch/config/certs/ca/ca.crt -u "elastic:${ELASTIC_PASSWORD:?ELASTIC_PASSWORD is not set}")
until curl -fs "${auth[@]}" "$es/_cluster/health?wait_for_status=yellow&timeout=5s" >/dev/null; do sleep 2; done
for who in api indexer; do
  if [ -s "/keys/$who.key" ]; then echo "$who key exists"; continue; fi
  answer=$(curl -fs "${auth[@]}" -H 'Content-Type: application/json' -X POST "$es/_security/api_key" \
    -d "{\"name\": \"minsearch-$who\", \"role_descriptors\": {\"minsearch-$who\": $(cat "/setup/$who-role.json")}}")
  # the "encoded" field is what goes into the Authorization: ApiKey header
  printf '%s' "$answer" | sed -n 's/.*"encoded":"\([^"]*\)".*/\1/p' > "/keys/$who.key"
  [ -s "/keys/$who.key" ] || { echo "no key in: $answer" >&2; exit 1; }
  chmod 640 "/keys/$who.key"; chown 0:10001 "/keys/$who.key"
  echo "$who key made"
done
