# Sourced (not executed: keep it without the executable bit) by the mysql:8.4 image's entrypoint on the
# first start, after it has created MYSQL_DATABASE and MYSQL_USER; docker_process_sql and mysql_note come
# from that entrypoint. A .sh rather than a .sql file because the user name comes from the environment.
#
# Change capture (Debezium's MySQL connector) reads the binlog as the service user:
#   RELOAD, SHOW DATABASES  for the initial snapshot (SELECT on the schema comes with MYSQL_USER's grant)
#   REPLICATION SLAVE       to stream the binlog
#   REPLICATION CLIENT      for SHOW BINARY LOG STATUS / SHOW BINARY LOGS
mysql_note "Granting change-capture privileges to '${MYSQL_USER}'"
docker_process_sql --database=mysql <<EOSQL
GRANT RELOAD, SHOW DATABASES, REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO '${MYSQL_USER}'@'%';
EOSQL
