# Sourced by scripts/install.sh and scripts/ensure_chromium.sh: one line per set-up step with its
# wall time and the CPU time its commands used (on a shared machine the two differ a lot), e.g.
#   setup: compile    21.3 s  (cpu 38.0 s)  toolkit, editable; compiled twins in use: 4 of 4
_STEP_TIMES=$(mktemp)
trap 'rm -f "$_STEP_TIMES"' EXIT
_ms() {  # "1m2.345s" -> 62345
  local t=${1%s}; local m=${t%%m*} sec=${t#*m}
  echo $(( 10#$m * 60000 + 10#${sec%.*} * 1000 + 10#${sec#*.} ))
}
_cpu_ms() {  # user + system time of this shell's finished child processes, in ms (bash's `times`)
  times >"$_STEP_TIMES"
  local u s; { read -r _ _; read -r u s; } <"$_STEP_TIMES"
  _CPU=$(( $(_ms "$u") + $(_ms "$s") ))
}
step_start() { _cpu_ms; _STEP_CPU=$_CPU; _STEP_WALL=${EPOCHREALTIME/./}; }
step_end() {  # step_end NAME DETAIL
  _cpu_ms
  local wall=$(( (${EPOCHREALTIME/./} - _STEP_WALL) / 100000 )) cpu=$(( (_CPU - _STEP_CPU) / 100 ))
  printf 'setup: %-9s %3d.%d s  (cpu %d.%d s)  %s\n' "$1" $((wall / 10)) $((wall % 10)) $((cpu / 10)) $((cpu % 10)) "${2:-}"
}
