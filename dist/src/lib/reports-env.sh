# Shared by bin/reports, bin/backup and bin/restore (sourced, not run): settings from the
# environment file, the data folder, and the database connection.
# shellcheck shell=bash
# shellcheck disable=SC2034 # DB_* are the callers' to use

# Reads KEY=value lines of the environment file the systemd unit uses (REPORTS_ENV_FILE, default
# /etc/nq57-reports/reports.env when it exists), without running it as shell code; a variable
# already set in the environment wins.
reports_load_env() {
  local file="${REPORTS_ENV_FILE:-/etc/nq57-reports/reports.env}"
  [ -e "$file" ] || return 0
  if [ ! -r "$file" ]; then
    echo "Cảnh báo: không đọc được $file (quyền truy cập); chạy lệnh bằng người dùng của dịch vụ," \
      "ví dụ: sudo -u nq57 $0 ..." >&2
    return 0
  fi
  local line key value number=0
  while IFS= read -r line || [ -n "$line" ]; do
    number=$((number + 1))
    line="${line%$'\r'}"
    line="${line#"${line%%[![:space:]]*}"}"
    [ -z "$line" ] && continue
    [ "${line:0:1}" = "#" ] && continue
    line="${line#export }"
    key="${line%%=*}"
    value="${line#*=}"
    if [ "$key" = "$line" ] || ! [[ $key =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]]; then
      echo "Cảnh báo: $file dòng $number không có dạng TÊN=giá_trị; bỏ qua." >&2
      continue
    fi
    if [ ${#value} -ge 2 ] && { [[ $value == \"*\" ]] || [[ $value == \'*\' ]]; }; then
      value="${value:1:${#value}-2}"
    fi
    if [ -z "${!key+set}" ]; then
      export "$key=$value"
    fi
  done < "$file"
}

# The data folder, absolute: REPORTS_HOME, default the installation's data/.
reports_home() {
  local home="${REPORTS_HOME:-$REPORTS_INSTALL/data}"
  case "$home" in
    /*) ;;
    *) home="$PWD/$home" ;;
  esac
  printf '%s\n' "${home%/}"
}

# A MariaDB client program (mariadb, mariadb-dump): REPORTS_MARIADB_BIN if set, then the PATH,
# then the client the embedded database unpacked under the data folder.
reports_client() {
  local name="$1" old="$2" candidate
  for candidate in "${REPORTS_MARIADB_BIN:+$REPORTS_MARIADB_BIN/$name}" "$(command -v "$name" 2>/dev/null)" \
      "$(command -v "$old" 2>/dev/null)" "$(reports_embedded_folder)/base/bin/$name"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  echo "Không tìm thấy $name: cài gói mariadb-client (apt-get install mariadb-client) hoặc đặt REPORTS_MARIADB_BIN." >&2
  return 1
}

reports_embedded_folder() {
  local folder="${REPORTS_EMBEDDED_DB_FOLDER:-$(reports_home)/mariadb}"
  case "$folder" in
    /*) ;;
    *) folder="$PWD/$folder" ;;
  esac
  printf '%s\n' "$folder"
}

# The port of the embedded MariaDB serving this data folder, if one runs (started by bin/reports serve
# or another command that is still running): the server records its port and process in
# server.properties beside its data (mode 0600).
reports_embedded_port() {
  local record port pid
  record="$(reports_embedded_folder)/server.properties"
  [ -r "$record" ] || return 1
  port="$(sed -n 's/^port=//p' "$record" | tail -1)"
  pid="$(sed -n 's/^server-pid=//p' "$record" | tail -1)"
  [ -n "$port" ] && [ -n "$pid" ] && [ -d "/proc/$pid" ] || return 1
  printf '%s\n' "$port"
}

# Sets DB_HOST, DB_PORT, DB_NAME, DB_USER and DB_DESCRIPTION from SPRING_DATASOURCE_URL (and
# _USERNAME, _PASSWORD), or from the running embedded database; writes the credentials to a
# client option file only this user can read (DB_OPTIONS; the caller removes it on exit).
reports_db_connect() {
  local url="${SPRING_DATASOURCE_URL:-}" rest hostport
  DB_SKIP_SSL=""
  if [ -z "$url" ]; then
    local port
    if ! port="$(reports_embedded_port)"; then
      echo "Chưa cấu hình cơ sở dữ liệu: đặt SPRING_DATASOURCE_URL (và _USERNAME, _PASSWORD) trong" \
        "${REPORTS_ENV_FILE:-/etc/nq57-reports/reports.env} hoặc biến môi trường. Với cơ sở dữ liệu nhúng," \
        "chạy lệnh này khi 'bin/reports serve' đang chạy trên cùng thư mục dữ liệu $(reports_home)." >&2
      return 1
    fi
    DB_HOST=127.0.0.1 DB_PORT="$port" DB_NAME="${REPORTS_EMBEDDED_DB_DATABASE:-reports}"
    # the application's own account; its password is generated at the first start, kept beside the data
    DB_USER="${SPRING_DATASOURCE_USERNAME:-${REPORTS_EMBEDDED_DB_USERNAME:-reports}}"
    if [ -z "${SPRING_DATASOURCE_PASSWORD:-}" ] && [ -r "$(reports_embedded_folder)/password" ]; then
      SPRING_DATASOURCE_PASSWORD="$(cat "$(reports_embedded_folder)/password")"
    fi
    DB_DESCRIPTION="MariaDB nhúng (cổng $port, dữ liệu $(reports_embedded_folder)), cơ sở dữ liệu $DB_NAME"
    # the embedded server runs without TLS (--skip-ssl), on the loopback
    DB_SKIP_SSL=yes
  else
    if ! [[ $url =~ ^jdbc:(mariadb|mysql):// ]]; then
      echo "SPRING_DATASOURCE_URL không phải địa chỉ MariaDB (jdbc:mariadb://máy:cổng/tên): $url" >&2
      return 1
    fi
    rest="${url#jdbc:*://}"
    hostport="${rest%%/*}"
    hostport="${hostport##*@}"
    hostport="${hostport%%,*}"
    DB_NAME="${rest#*/}"
    DB_NAME="${DB_NAME%%\?*}"
    DB_NAME="${DB_NAME%%;*}"
    if [ -z "$DB_NAME" ] || [ "$DB_NAME" = "$rest" ]; then
      echo "SPRING_DATASOURCE_URL không nêu tên cơ sở dữ liệu (…/tên): $url" >&2
      return 1
    fi
    if [[ $hostport == \[*\]* ]]; then
      DB_HOST="${hostport%%]*}" DB_HOST="${DB_HOST#[}"
      DB_PORT="${hostport##*]:}"
      [ "$DB_PORT" = "$hostport" ] && DB_PORT=3306
    elif [[ $hostport == *:* ]]; then
      DB_HOST="${hostport%%:*}" DB_PORT="${hostport##*:}"
    else
      DB_HOST="$hostport" DB_PORT=3306
    fi
    DB_USER="${SPRING_DATASOURCE_USERNAME:-}"
    DB_DESCRIPTION="$DB_HOST:$DB_PORT, cơ sở dữ liệu $DB_NAME"
  fi
  DB_OPTIONS="$(mktemp)"
  chmod 600 "$DB_OPTIONS"
  {
    echo "[client]"
    echo "host=$DB_HOST"
    echo "port=$DB_PORT"
    echo "protocol=tcp"
    if [ -n "$DB_USER" ]; then echo "user=\"$(reports_option_escape "$DB_USER")\""; fi
    if [ -n "${SPRING_DATASOURCE_PASSWORD:-}" ]; then
      echo "password=\"$(reports_option_escape "$SPRING_DATASOURCE_PASSWORD")\""
    fi
    echo "default-character-set=utf8mb4"
    if [ -n "$DB_SKIP_SSL" ]; then echo "skip-ssl"; fi
  } > "$DB_OPTIONS"
}

reports_option_escape() {
  local value="${1//\\/\\\\}"
  printf '%s' "${value//\"/\\\"}"
}

# The archive and outbox folders, as the application resolves them.
reports_archive_folder() {
  local folder="${REPORTS_ARCHIVE_FOLDER:-$(reports_home)/archive}"
  case "$folder" in /*) ;; *) folder="$PWD/$folder" ;; esac
  printf '%s\n' "$folder"
}

reports_outbox_folder() {
  local folder="${REPORTS_MAIL_OUTBOX_FOLDER:-$(reports_home)/outbox}"
  case "$folder" in /*) ;; *) folder="$PWD/$folder" ;; esac
  printf '%s\n' "$folder"
}

# Runs an SQL statement, prints the rows tab-separated without headers.
reports_sql() {
  "$(reports_client mariadb mysql)" --defaults-file="$DB_OPTIONS" --batch --skip-column-names -e "$1"
}

# `name` quoted as a MariaDB identifier.
reports_identifier() {
  # shellcheck disable=SC2016 # backquotes, not an expansion
  printf '`%s`' "${1//\`/\`\`}"
}

reports_size() {
  du -sh "$1" 2>/dev/null | cut -f1
}
