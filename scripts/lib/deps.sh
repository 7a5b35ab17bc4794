#!/usr/bin/env bash
# Installs the Debian packages Usher needs, only those missing (a fast no-op on a warm machine).
# Usage: scripts/lib/deps.sh build|test
set -euo pipefail

build_pkgs=(cmake ninja-build pkg-config g++ ccache qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev libsodium-dev libsqlite3-dev libpq-dev libcurl4-openssl-dev libgl-dev
    libxkbcommon-dev qt6-qpa-plugins libqt6svg6 qt6-translations-l10n)
test_pkgs=(xvfb xauth x11-utils gnome-keyring dbus dbus-x11 libsecret-tools postgresql python3-aiosmtpd imagemagick
    sqlite3 clang libclang-rt-14-dev time)

wanted=("${build_pkgs[@]}")
if [ "${1:-build}" = test ]; then
    wanted+=("${test_pkgs[@]}")
fi

missing=()
for pkg in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done

[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing packages: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
