#!/usr/bin/env bash
# Installs the Debian packages Usher needs, only those missing (a fast no-op on a warm machine).
# Usage: scripts/lib/deps.sh build|test
set -euo pipefail

build_pkgs=(cmake ninja-build pkg-config g++ ccache qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev libsodium-dev libsqlite3-dev libpq-dev libcurl4-openssl-dev libgl-dev libzip-dev libldap-dev
    libxkbcommon-dev qt6-qpa-plugins libqt6svg6 qt6-translations-l10n)
test_pkgs=(xvfb xauth x11-utils gnome-keyring dbus dbus-x11 libsecret-tools postgresql python3-aiosmtpd imagemagick
    sqlite3 clang libclang-rt-14-dev time nodejs slapd ldap-utils openssl)

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

# The SCIM test server's packages (SCIMMY, scimmy-routers, express), exactly as locked; again
# only when the lock file changed since they were installed.
install_scim_server() {
    local dir
    dir="$(cd "$(dirname "$0")/../.." && pwd)/tests/scim"
    if ! command -v npm >/dev/null; then # Debian's nodejs comes without it; NodeSource's with it
        local sudo_npm=()
        [ "$(id -u)" -ne 0 ] && sudo_npm=(sudo)
        DEBIAN_FRONTEND=noninteractive "${sudo_npm[@]}" apt-get install -y -qq --no-install-recommends npm
    fi
    if [ ! -f "$dir/node_modules/.package-lock.json" ] || ! cmp -s "$dir/package-lock.json" "$dir/node_modules/.usher-lock"; then
        echo "Installing the SCIM test server's npm packages"
        (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error && cp package-lock.json node_modules/.usher-lock)
    fi
}

if [ ${#missing[@]} -eq 0 ]; then
    [ "${1:-build}" = test ] && install_scim_server
    exit 0
fi

echo "Installing missing packages: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
if [ "${1:-build}" = test ]; then
    install_scim_server
fi
