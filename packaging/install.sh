#!/usr/bin/env bash
# Installs IPMS Desktop from this checkout into .venv and starts it. On a fresh Debian
# machine run as root so the Debian libraries Qt needs are installed too. With no display
# (a server or a CI machine) it starts the application offscreen, reports its first paint
# and says how to run it on a desktop. Arguments go to ipms-desktop (e.g. --profile DIR).
set -euo pipefail
cd "$(dirname "$0")/.."

debian_packages=(libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3
                 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
                 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0)
missing=()
for package in "${debian_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            "${missing[@]}" >/dev/null
    else
        echo "packaging/install.sh: please install (as root): ${missing[*]}" >&2
    fi
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e .
.venv/bin/python packaging/build_translations.py --release-only

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ] && [ "$(uname -s)" = Linux ]; then
    echo "packaging/install.sh: no display here; starting IPMS Desktop offscreen to check it."
    painted_ms=$(QT_QPA_PLATFORM=offscreen .venv/bin/ipms-desktop --exit-after-first-paint "$@")
    echo "packaging/install.sh: first window painted in ${painted_ms%.*} ms (offscreen)."
    echo "IPMS Desktop is installed. On a desktop session start it with: .venv/bin/ipms-desktop"
    exit 0
fi
exec .venv/bin/ipms-desktop "$@"
