#!/bin/sh
# Start PeerHelper from the unpacked Linux bundle.
#
#   ./peerhelper.sh [ARGS...]            start PeerHelper (ARGS go to the program,
#                                        e.g. --data-dir DIR, or a command such as backup)
#   ./peerhelper.sh --add-to-menu        put PeerHelper in this user's application menu
#   ./peerhelper.sh --remove-from-menu   take it out again (no data is touched)
#
# The script finds its folder through links, so a link to it from a folder on
# PATH (for example ~/.local/bin/peerhelper) starts the same program.
set -eu

here=$(dirname "$(readlink -f "$0")")
app_id=fi.peerhelper.PeerHelper
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
menu_entry=$data_home/applications/$app_id.desktop
svg_icon=$data_home/icons/hicolor/scalable/apps/$app_id.svg
png_icon=$data_home/icons/hicolor/512x512/apps/$app_id.png

refresh_menu() {
    # Menus notice new entries by themselves; these only make it quicker.
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$data_home/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$data_home/icons/hicolor" 2>/dev/null || true
    fi
}

add_to_menu() {
    # The entry must name this folder, wherever the bundle was unpacked; the
    # desktop-entry format cannot quote these characters inside Exec reliably.
    case $here in
        *'"'* | *'`'* | *'$'* | *'\'* | *'|'* | *'&'*)
            echo "peerhelper.sh: move the PeerHelper folder to a path without \" \` \$ \\ | & first." >&2
            exit 2
            ;;
    esac
    mkdir -p "$(dirname "$menu_entry")" "$(dirname "$svg_icon")" "$(dirname "$png_icon")"
    cp "$here/share/icons/hicolor/scalable/apps/$app_id.svg" "$svg_icon"
    cp "$here/share/icons/hicolor/512x512/apps/$app_id.png" "$png_icon"
    sed "s|^Exec=.*|Exec=\"$here/peerhelper.sh\"|" \
        "$here/share/applications/$app_id.desktop" >"$menu_entry"
    refresh_menu
    echo "PeerHelper is now in the application menu ($menu_entry)."
}

remove_from_menu() {
    rm -f "$menu_entry" "$svg_icon" "$png_icon"
    refresh_menu
    echo "PeerHelper was taken out of the application menu. Its data was not touched."
}

case ${1:-} in
    --add-to-menu)
        add_to_menu
        exit 0
        ;;
    --remove-from-menu)
        remove_from_menu
        exit 0
        ;;
esac

if [ ! -x "$here/peerhelper" ]; then
    echo "peerhelper.sh: $here/peerhelper is missing; unpack the whole PeerHelper folder again." >&2
    exit 1
fi
exec "$here/peerhelper" "$@"
