# Class-data sharing for the application's jar, shared by ./reports (the source tree) and bin/reports
# (the installed bundle); sourced, not run. BENCHMARKS.md, "Command latency": about half the start-up.
# Once per jar and Java version, the jar is extracted and one start of the application (which stops as
# soon as it has started) records the classes it loads in an archive that later starts map instead of
# loading them again. REPORTS_CDS=0: plain java -jar.
# shellcheck shell=bash

# reports_cds JAVA JAR FOLDER [JVM_OPTION...]: prepares FOLDER if needed, then sets REPORTS_CDS_JAR (the
# jar to run) and the array REPORTS_CDS_OPTS (the JVM options to add, empty without an archive).
reports_cds() {
  local java="$1" jar="$2" cds="$3"
  shift 3
  REPORTS_CDS_JAR="$jar"
  REPORTS_CDS_OPTS=()
  [ "${REPORTS_CDS:-1}" = "1" ] || return 0
  local stamp
  stamp="$("$java" -version 2>&1 | head -n 1) $(wc -c <"$jar") $(date -r "$jar" +%s)"
  if [ ! -f "$cds/reports.jsa" ] || [ "$(cat "$cds/stamp" 2>/dev/null)" != "$stamp" ]; then
    mkdir -p "$cds"
    # two commands starting at once: one prepares, the other waits for it
    exec 9>"$cds/.lock"
    flock 9
    if [ ! -f "$cds/reports.jsa" ] || [ "$(cat "$cds/stamp" 2>/dev/null)" != "$stamp" ]; then
      echo "Đang chuẩn bị khởi động nhanh (một lần sau mỗi lần dựng hoặc cài mới, khoảng nửa phút)..." >&2
      rm -rf "$cds/app" "$cds/reports.jsa" "$cds/stamp"
      # the training start must load the application's classes: it never asks a running service
      if "$java" -Djarmode=tools -jar "$jar" extract --destination "$cds/app" >/dev/null 2>&1 &&
        REPORTS_ASK_SERVICE=0 "$java" ${JAVA_OPTS:-} -XX:ArchiveClassesAtExit="$cds/reports.jsa" -Xlog:disable \
          -Dspring.context.exit=onRefresh "$@" -jar "$cds/app/reports.jar" runs >/dev/null 2>"$cds/training.log" &&
        [ -f "$cds/reports.jsa" ]; then
        echo "$stamp" >"$cds/stamp"
      else
        echo "Không chuẩn bị được (xem $cds/training.log); chạy bình thường." >&2
        rm -f "$cds/reports.jsa"
      fi
    fi
    flock -u 9
    exec 9>&-
  fi
  if [ -f "$cds/reports.jsa" ] && [ -f "$cds/stamp" ]; then
    REPORTS_CDS_JAR="$cds/app/reports.jar"
    # JVM notices to stderr only: stdout carries the command's output alone
    REPORTS_CDS_OPTS=(-XX:SharedArchiveFile="$cds/reports.jsa" -Xshare:auto -Xlog:disable -Xlog:all=warning:stderr)
  fi
}
