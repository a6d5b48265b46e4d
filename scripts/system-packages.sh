#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages voicecoach needs, when it can (root or passwordless sudo).
# Otherwise prints one line naming the missing packages and fails.
#   runtime: PortAudio (microphone and speaker), eSpeak NG (the system voice pyttsx3 drives on Linux)
#   test:    a PulseAudio null sink and the ALSA pulse plugin, so tests capture real audio without a sound card;
#            chromium, so a test renders `voicecoach report`'s HTML page headless and checks it shows offline
set -euo pipefail

runtime=(libportaudio2 espeak-ng)
test=(pulseaudio pulseaudio-utils libasound2-plugins alsa-utils chromium)

wanted=("${runtime[@]}")
[ "${1:-runtime}" = "test" ] && wanted+=("${test[@]}")

missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "voicecoach: please install these system packages with your package manager: ${missing[*]}" >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
  run=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  run=(sudo -n)
else
  echo "voicecoach: please install these system packages: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get update -qq
"${run[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
