#!/usr/bin/env bash
# Runs the whole test suite on a fresh Debian machine that has only Python 3.11, pip and
# apt-get: installs what is missing (Qt's system libraries, PostgreSQL, LibreOffice for the
# spreadsheet checks, Python's shared library for the PyInstaller build, the Python
# environment), builds the translations, then runs ruff, mypy (over the core, as configured
# in pyproject.toml) and pytest. Extra arguments go to pytest. With CI=true a test whose tool
# (PostgreSQL, LibreOffice, makensis, ...) cannot start fails instead of skipping.
set -euo pipefail
cd "$(dirname "$0")/.."

debian_packages=(libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3
                 postgresql openssl poppler-utils nsis binutils libpython3.11)
missing=()
for package in "${debian_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
command -v libreoffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
        echo "tests/run.sh: installing ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            "${missing[@]}" >/dev/null
    else
        echo "tests/run.sh: missing Debian packages (run as root to install): ${missing[*]}" >&2
    fi
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e ".[test]"
if [ -f packaging/build_translations.py ]; then
    .venv/bin/python packaging/build_translations.py --release-only
fi

.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
