#!/usr/bin/python3
# Runs Debian's system-config-printer unchanged, and appends start-up milestones to $SCP_TRACE in the format of
# Cupola's -Dcupola.startupTrace (<event> <epoch ms>): python-start, window-mapped (its main window's map-event) and
# first-printer-row (the first frame painted after the map while the printer icon view holds rows;
# system-config-printer fetches the queues before it shows the window). Used by ./dev bench-startup.
import os
import runpy
import sys
import time

TRACE = os.environ.get("SCP_TRACE")
_done = set()


def mark(event):
    if not TRACE or event in _done:
        return
    _done.add(event)
    with open(TRACE, "a") as f:
        f.write("%s %d\n" % (event, time.time() * 1000))


mark("python-start")
SCP = "/usr/share/system-config-printer"
sys.path.insert(0, SCP)
sys.argv = [SCP + "/system-config-printer.py"]
g = runpy.run_path(SCP + "/system-config-printer.py", run_name="scp_traced")
GUI = g["GUI"]
_init = GUI.__init__


def traced_init(self, *args, **kwargs):
    _init(self, *args, **kwargs)  # fetches the queues, fills the icon view, then show()s the window

    def painted(clock):
        if len(self.mainlist) > 0:
            mark("first-printer-row")

    def mapped(window, event):
        mark("window-mapped")
        window.get_frame_clock().connect("after-paint", painted)
    self.PrintersWindow.connect("map-event", mapped)


GUI.__init__ = traced_init
g["main"](False)
