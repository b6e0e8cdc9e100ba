# shellcheck shell=bash
# Debian's Chromium, for the example app's browser spec (spec/example-app-browser.spec.ts), which
# drives /usr/bin/chromium headless through playwright-core.
#
#   source .ci/chromium.sh   # installs it with apt-get if /usr/bin/chromium is missing
#   install_chromium         # the same, again: a no-op once it is there
#
# Needs root (or sudo) and Debian's apt sources; the rest of the suite does not need it.

install_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  local sudo=''
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || {
      echo "chromium.sh: /usr/bin/chromium is missing and installing it needs root (or sudo)" >&2
      return 1
    }
    sudo='sudo'
  fi
  echo "chromium.sh: installing Debian's chromium with apt-get" >&2
  $sudo apt-get update -qq >/dev/null &&
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null ||
    {
      echo "chromium.sh: could not install chromium" >&2
      return 1
    }
  [ -x /usr/bin/chromium ] || {
    echo "chromium.sh: the chromium package installed no /usr/bin/chromium" >&2
    return 1
  }
  echo "chromium.sh: $(/usr/bin/chromium --version 2>/dev/null)" >&2
}

install_chromium
