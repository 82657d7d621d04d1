#!/usr/bin/env bash
# The tests also run against a PostgreSQL server (TEST_DATABASE_URL). When none answers on this
# machine, install Debian's, start it, let local TCP connections in without a password (a test
# machine only) and create the database.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
url="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"
read -r host port < <(url_host_port "$url" 5432)
db="${url##*/}"; db="${db%%\?*}"
if ! port_open "$host" "$port"; then
  apt_install postgresql postgresql-contrib
  version="$(ls /etc/postgresql | sort -V | tail -n 1)"
  hba="/etc/postgresql/$version/main/pg_hba.conf"
  if ! grep -q '^host all all 127.0.0.1/32 trust' "$hba"; then
    sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$hba"
  fi
  say "starting PostgreSQL $version"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || pg_ctlcluster --skip-systemctl-redirect "$version" main restart
  for _ in $(seq 1 100); do port_open "$host" "$port" && break; sleep 0.1; done
fi
if ! psql "${url%/*}/postgres" -tAc "select 1 from pg_database where datname = '$db'" 2>/dev/null | grep -q 1; then
  say "creating database $db"
  psql "${url%/*}/postgres" -qc "create database \"$db\"" 
fi
