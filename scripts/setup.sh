#!/usr/bin/env bash
# Installs the Debian packages groeipad builds and runs with, and nothing else.
# Idempotent and quiet when everything is present; needs root (or sudo) only when
# something is missing.
set -euo pipefail

# clang-14 with its runtimes (libclang-rt-14-dev: the sanitizers and libFuzzer) and LLVM's
# OpenMP (libomp-14-dev, with the Archer tool ThreadSanitizer needs) build the tsan and
# fuzz presets.
packages=(
  g++ cmake make pkg-config clang-tidy clang-14 libclang-rt-14-dev libomp-14-dev
  libeigen3-dev libtbb-dev librandom123-dev libtomlplusplus-dev libcli11-dev
  nlohmann-json3-dev libfmt-dev libgtest-dev libgmock-dev libbenchmark-dev libsqlite3-dev
  # The Python module (for Debian's /usr/bin/python3), its tests and the notebooks.
  pybind11-dev python3-dev python3-numpy python3-pandas python3-matplotlib python3-pytest
  python3-nbformat python3-nbclient python3-ipykernel
)

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "setup: installing ${missing[*]}" >&2
sudo_cmd=()
[[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
