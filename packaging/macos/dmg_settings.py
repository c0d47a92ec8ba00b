"""dmgbuild settings: the app and a link to Applications, side by side.

    dmgbuild -s packaging/macos/dmg_settings.py -D app="dist/eSMS Desktop.app" \
        "eSMS Desktop" "eSMS-Desktop-0.1.0.dmg"

dmgbuild executes this file with ``defines`` set from the ``-D`` options.
"""

import os.path

application = defines.get("app", "dist/eSMS Desktop.app")
appname = os.path.basename(application)

format = "UDZO"
filesystem = "HFS+"
size = None
files = [application]
symlinks = {"Applications": "/Applications"}
icon = os.path.join(application, "Contents", "Resources", "esms-desktop.icns")
if not os.path.exists(icon):
    icon = None
badge_icon = None
default_view = "icon-view"
show_icon_preview = False
window_rect = ((200, 120), (620, 300))
icon_size = 112
text_size = 13
icon_locations = {appname: (150, 130), "Applications": (470, 130)}
