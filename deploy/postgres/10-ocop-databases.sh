#!/usr/bin/env bash
# Creates one database and one login role per OCOP service, the role owning its database, so that
# each service (and its Flyway migrations) can reach its own data and nothing else.
# Run by the postgres image's entrypoint once, when the data volume is initialised; the passwords
# come from the container's environment (docker-compose.yml passes them from .env).
set -euo pipefail

create_service_database() {
  local name=$1 password=$2
  if [[ -z $password ]]; then
    echo "10-ocop-databases.sh: no password for the $name role" >&2
    exit 1
  fi
  # psql variables (:"name", :'password') quote the values: a password cannot inject SQL.
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v name="$name" -v password="$password" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name" ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"name" TO :"name";
SQL
}

create_service_database registry "${REGISTRY_DB_PASSWORD:-}"
create_service_database rating "${RATING_DB_PASSWORD:-}"
create_service_database plan "${PLAN_DB_PASSWORD:-}"
create_service_database gateway "${GATEWAY_DB_PASSWORD:-}"
