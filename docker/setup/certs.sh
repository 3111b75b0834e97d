#!/usr/bin/env bash
# One-shot: the cluster's certificate authority and a certificate per node, made once by Elasticsearch's own
# elasticsearch-certutil, kept in the `certs` volume. Later runs find them and change nothing.
set -euo pipefail
cd /usr/share/elasticsearch
certs=config/certs
if [ -f "$certs/ca/ca.crt" ] && [ -f "$certs/es03/es03.crt" ]; then
  echo "certificates exist"; exit 0
fi
bin/elasticsearch-certutil ca --silent --pem --out "$certs/ca.zip"
unzip -oq "$certs/ca.zip" -d "$certs"
cat > "$certs/instances.yml" <<YAML
instances:
  - { name: es01, dns: [es01, localhost], ip: [127.0.0.1] }
  - { name: es02, dns: [es02, localhost], ip: [127.0.0.1] }
  - { name: es03, dns: [es03, localhost], ip: [127.0.0.1] }
YAML
bin/elasticsearch-certutil cert --silent --pem --in "$certs/instances.yml" --out "$certs/nodes.zip" \
  --ca-cert "$certs/ca/ca.crt" --ca-key "$certs/ca/ca.key"
unzip -oq "$certs/nodes.zip" -d "$certs"
rm -f "$certs/ca.zip" "$certs/nodes.zip"
# the nodes (uid 1000) read their keys; certificates are public (the app containers trust the CA's); nobody reads
# the CA's key
chown -R 1000:0 "$certs"
find "$certs" -type d -exec chmod 755 {} +
find "$certs" -type f -name '*.crt' -exec chmod 644 {} +
find "$certs" -type f -name '*.key' -exec chmod 640 {} +
chmod 600 "$certs/ca/ca.key"
echo "certificates made"
