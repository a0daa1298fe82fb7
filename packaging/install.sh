#!/bin/sh
# Installs Marika from this folder (for example a USB stick) on this PC, or prepares it
# to run from the stick. Needs no network and no Python: everything is in this folder.
#
#   sh install.sh                  install to /opt/marika (as root) or ~/Marika, with a
#                                  menu and desktop launcher
#   sh install.sh --to DIR         install into DIR instead
#   sh install.sh --portable [DIR] copy to DIR (default: run from this folder) and keep the
#                                  data next to the program (DIR/marika-data)
#   sh install.sh --check          only check that this PC can run Marika
#   sh install.sh --no-launcher    install without the launcher
#   sh install.sh --uninstall [DIR] remove the program (default: where it installs) and
#                                  its launchers; the office's data is kept
#
# Exit status: 0 installed and checked; 1 not installed; 2 installed, but a system
# library is missing (the message names the package to install).
# Reinstalling over an older Marika keeps its data (data lives in ~/.local/share/marika,
# or in marika-data inside a portable folder, which is carried over).
set -u

HERE=$(cd "$(dirname "$0")" && pwd)
MODE=install
TARGET=""
LAUNCHER=1

say() { printf '%s\n' "$*"; }
fail() { printf 'Marika: %s\n' "$*" >&2; exit 1; }

while [ $# -gt 0 ]; do
  case "$1" in
    --to) [ $# -ge 2 ] || fail "--to needs a folder."; TARGET=$2; shift ;;
    --portable)
      MODE=portable
      if [ $# -ge 2 ] && [ "${2#-}" = "$2" ]; then TARGET=$2; shift; fi ;;
    --check) MODE=check ;;
    --uninstall)
      MODE=uninstall
      if [ $# -ge 2 ] && [ "${2#-}" = "$2" ]; then TARGET=$2; shift; fi ;;
    --no-launcher) LAUNCHER=0 ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) fail "unknown option $1 (see: sh install.sh --help)" ;;
  esac
  shift
done

if [ "$MODE" != uninstall ]; then
  [ -f "$HERE/marika" ] && [ -d "$HERE/_internal" ] \
    || fail "run this script from the Marika folder (it holds 'marika' and '_internal')."
fi

# --------------------------------------------------------------------------- checks
build_info() { sed -n "s/^$1=//p" "$HERE/BUILD-INFO.txt" 2>/dev/null | head -n 1; }

# Debian/Ubuntu package for a library the bundle expects from the system.
package_for() {
  case "$1" in
    libpulse.so.0|libpulse-simple.so.0) echo libpulse0 ;;
    libpulse-mainloop-glib.so.0) echo libpulse-mainloop-glib0 ;;
    libGL.so.1) echo libgl1 ;;
    libEGL.so.1) echo libegl1 ;;
    libGLX.so.0) echo libglx0 ;;
    libOpenGL.so.0) echo libopengl0 ;;
    libGLdispatch.so.0) echo libglvnd0 ;;
    libdrm.so.2) echo libdrm2 ;;
    libxcb.so.1) echo libxcb1 ;;
    libX11.so.6) echo libx11-6 ;;
    libXau.so.6) echo libxau6 ;;
    libXdmcp.so.6) echo libxdmcp6 ;;
    libfontconfig.so.1) echo libfontconfig1 ;;
    libfreetype.so.6) echo libfreetype6 ;;
    libdbus-1.so.3) echo libdbus-1-3 ;;
    libglib-2.0.so.0|libgobject-2.0.so.0|libgio-2.0.so.0) echo libglib2.0-0 ;;
    libsndfile.so.1) echo libsndfile1 ;;
    libasound.so.2) echo libasound2 ;;
    *) echo "a package with $1" ;;
  esac
}

# The bundle's files that the app cannot start without (the Wayland plugin is left out:
# without its libraries Qt falls back to X11). ldd resolves them as the app will: the
# bundle's own folders first, then the system.
CHECKED_FILES="marika _internal/PySide6/QtWidgets.abi3.so _internal/PySide6/QtMultimedia.abi3.so
_internal/PySide6/Qt/lib/libQt6Gui.so.6 _internal/PySide6/Qt/lib/libQt6Multimedia.so.6
_internal/PySide6/Qt/lib/libQt6XcbQpa.so.6 _internal/PySide6/Qt/plugins/platforms/libqxcb.so
_internal/PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so
_internal/PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so"

missing_libraries() {
  root=$1
  for file in $CHECKED_FILES; do
    [ -e "$root/$file" ] || continue
    LD_LIBRARY_PATH="$root/_internal:$root/_internal/PySide6/Qt/lib" ldd "$root/$file" \
      2>/dev/null | sed -n 's/^[[:space:]]*\([^[:space:]]*\) => not found.*/\1/p'
  done | sort -u
}

check_system() {
  root=$1
  problems=0
  arch=$(uname -m)
  if [ "$arch" != "x86_64" ]; then
    say "This bundle is for 64-bit PCs (x86_64); this one is $arch."
    return 1
  fi
  needed=$(build_info glibc)
  have=$(getconf GNU_LIBC_VERSION 2>/dev/null | sed 's/^glibc //')
  if [ -n "$needed" ] && [ -n "$have" ] \
     && [ "$(printf '%s\n%s\n' "$needed" "$have" | sort -V | head -n 1)" != "$needed" ]; then
    say "This PC's system is too old for this bundle: it has glibc $have, the bundle"
    say "needs glibc $needed or newer. Ask for a bundle built on an older system"
    say "(see README.md, 'Known limits'), or update this PC's system."
    return 1
  fi
  libs=$(missing_libraries "$root")
  if [ -n "$libs" ]; then
    say "Marika needs these system libraries, which this PC does not have:"
    packages=""
    for lib in $libs; do
      package=$(package_for "$lib")
      say "  $lib  (package: $package)"
      case "$package" in "a package"*) ;; *) packages="$packages $package" ;; esac
    done
    packages=$(printf '%s\n' $packages | sort -u | tr '\n' ' ')
    if [ -n "${packages% }" ]; then
      say "Install them (as an administrator, with a connection or a local mirror):"
      say "  sudo apt-get install ${packages% }"
    fi
    problems=2
  fi
  return $problems
}

# --------------------------------------------------------------------------- copying
copy_bundle() {
  source=$1 dest=$2
  case "$dest/" in "$source/"*) fail "cannot install into the folder it comes from: $dest" ;; esac
  parent=$(dirname "$dest")
  mkdir -p "$parent" || fail "cannot create $parent"
  new="$dest.new-$$"
  rm -rf "$new"
  say "Copying Marika to $dest ..."
  mkdir "$new" || fail "cannot write to $parent"
  # cp -a keeps the bundle's symbolic links; file systems without links (FAT32) get
  # copies. A portable stick's own data and marker stay on the stick.
  for item in "$source"/*; do
    case "${item##*/}" in marika-data|marika-portable) continue ;; esac
    if ! cp -a "$item" "$new/" 2>/dev/null; then
      rm -rf "$new/${item##*/}"
      cp -RL "$item" "$new/" \
        || { rm -rf "$new"; fail "copying to $dest failed (is the disk full?)"; }
    fi
  done
  if [ -d "$dest" ]; then
    [ -f "$dest/marika" ] || [ -z "$(ls -A "$dest")" ] \
      || { rm -rf "$new"; fail "$dest exists and is not a Marika folder; choose another with --to."; }
    # A portable office keeps its data in the program folder: carry it over.
    [ -d "$dest/marika-data" ] && mv "$dest/marika-data" "$new/marika-data"
    [ -f "$dest/marika-portable" ] && cp "$dest/marika-portable" "$new/marika-portable"
    mv "$dest" "$dest.old-$$" && mv "$new" "$dest" && rm -rf "$dest.old-$$"
  else
    mv "$new" "$dest"
  fi
}

# The installed copy's own check (window, translations, sound backend, decoders), with
# no window shown; its report is printed only when something failed.
runs_here() {
  report=$(QT_QPA_PLATFORM=offscreen "$1/marika" --self-check 2>/dev/null) && return 0
  printf '%s\n' "$report" | grep -v '^ok' >&2
  return 1
}

# --------------------------------------------------------------------------- launcher
write_launcher() {
  dir=$1
  # For everyone only when an administrator installs outside a home folder (/opt/marika).
  system=0
  if [ "$(id -u)" -eq 0 ]; then case "$dir/" in "$HOME"/*) ;; *) system=1 ;; esac; fi
  if [ $system -eq 1 ]; then apps=/usr/share/applications; bin=/usr/local/bin
  else apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"; bin="$HOME/.local/bin"; fi
  mkdir -p "$apps" || return 0
  file="$apps/marika.desktop"
  cat > "$file" <<EOF
[Desktop Entry]
Type=Application
Name=Marika
GenericName=Annotation workstation
GenericName[fr]=Poste d'annotation
Comment=Tag images, transcribe audio and classify texts, also offline
Comment[fr]=Étiqueter des images, transcrire de l'audio et classer des textes, même hors ligne
Exec="$dir/marika"
Icon=$dir/marika.png
Terminal=false
Categories=Office;
StartupWMClass=Marika
Actions=demo;

[Desktop Action demo]
Name=Marika demo
Name[fr]=Démonstration de Marika
Exec="$dir/marika" --demo
EOF
  chmod 644 "$file"
  say "Menu launcher: $file"
  desktop=$(xdg-user-dir DESKTOP 2>/dev/null || echo "$HOME/Desktop")
  if [ $system -eq 0 ] && [ -d "$desktop" ] && [ "$desktop" != "$HOME" ]; then
    cp "$file" "$desktop/marika.desktop" && chmod 755 "$desktop/marika.desktop"
    gio set "$desktop/marika.desktop" metadata::trusted true 2>/dev/null || true
    say "Desktop launcher: $desktop/marika.desktop"
  fi
  # The tools (marika package verify ..., marika-server) on the PATH, if the folder exists.
  if [ -d "$bin" ]; then
    ln -sf "$dir/marika" "$bin/marika" && ln -sf "$dir/marika-server" "$bin/marika-server" \
      && say "Commands: $bin/marika, $bin/marika-server"
  fi
}

# --------------------------------------------------------------------------- removing
uninstall() {
  dir=$1
  [ -d "$dir" ] || fail "there is no Marika in $dir."
  dir=$(cd "$dir" && pwd)
  [ -f "$dir/marika" ] && [ -f "$dir/BUILD-INFO.txt" ] || fail "$dir is not a Marika folder."
  [ -d "$dir/marika-data" ] \
    && fail "$dir holds an office's data (marika-data): move it away first, then remove."
  for file in /usr/share/applications/marika.desktop \
      "${XDG_DATA_HOME:-$HOME/.local/share}/applications/marika.desktop" \
      "$(xdg-user-dir DESKTOP 2>/dev/null || echo "$HOME/Desktop")/marika.desktop"; do
    if [ -f "$file" ] && grep -q "^Exec=\"$dir/marika\"" "$file"; then
      rm -f "$file" && say "Removed the launcher $file"
    fi
  done
  for link in /usr/local/bin/marika /usr/local/bin/marika-server "$HOME/.local/bin/marika" \
      "$HOME/.local/bin/marika-server"; do
    case "$(readlink "$link" 2>/dev/null)" in "$dir"/*) rm -f "$link" ;; esac
  done
  rm -rf "$dir" || fail "could not remove $dir"
  say "Marika is removed from $dir. The office's data is kept in"
  say "${XDG_DATA_HOME:-$HOME/.local/share}/marika (delete it only when its work is delivered)."
}

# --------------------------------------------------------------------------- main
case "$MODE" in
  uninstall)
    if [ -z "$TARGET" ]; then
      if [ "$(id -u)" -eq 0 ]; then TARGET=/opt/marika; else TARGET="$HOME/Marika"; fi
    fi
    uninstall "$TARGET"
    exit 0 ;;
  check)
    check_system "$HERE"; status=$?
    [ $status -eq 0 ] && say "This PC can run Marika."
    exit $status ;;
  portable)
    dest=${TARGET:-$HERE}
    check_system "$HERE"; status=$?
    [ $status -eq 1 ] && exit 1
    if [ "$dest" != "$HERE" ]; then copy_bundle "$HERE" "$dest"; fi
    dest=$(cd "$dest" && pwd)
    : > "$dest/marika-portable" || fail "cannot write to $dest (is the stick read-only?)"
    if [ ! -x "$dest/marika" ] || ! "$dest/marika" --help >/dev/null 2>&1; then
      say "Marika is copied to $dest but cannot run from there: this file system does not"
      say "allow programs to run (a FAT32 stick, for example). Format the stick as exFAT"
      say "or ext4, or install Marika on the PC with: sh install.sh"
      exit 1
    fi
    if [ $status -eq 0 ] && ! runs_here "$dest"; then
      say "Marika's self-check failed (above). Run '$dest/marika --self-check' again and"
      say "send its output to your office's support."
      exit 1
    fi
    say "Portable Marika is ready: start $dest/marika"
    say "The office's data is kept next to it, in $dest/marika-data."
    exit $status ;;
  install)
    if [ -z "$TARGET" ]; then
      if [ "$(id -u)" -eq 0 ]; then TARGET=/opt/marika; else TARGET="$HOME/Marika"; fi
    fi
    check_system "$HERE"; status=$?
    [ $status -eq 1 ] && exit 1
    copy_bundle "$HERE" "$TARGET"
    dest=$(cd "$TARGET" && pwd)
    rm -f "$dest/marika-portable"  # an installed Marika keeps its data in the user's folder
    [ $LAUNCHER -eq 1 ] && write_launcher "$dest"
    if [ $status -eq 0 ] && ! runs_here "$dest"; then
      say "Marika is copied to $dest but its self-check failed (above). Run"
      say "'$dest/marika --self-check' again and send its output to your office's support."
      exit 1
    fi
    say "Marika is installed in $dest."
    [ $status -eq 2 ] && say "It will start once the libraries above are installed."
    exit $status ;;
esac
