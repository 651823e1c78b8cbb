"""tmux driven from Python: a server of its own, one control-mode client through which keys
are sent and screens read (a line written, a reply read: no process a look), and what a
process in it uses (memory, CPU time)."""

from __future__ import annotations

import os
import shlex
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

TERMINAL = (120, 40)
# A tmux server of its own: never the user's sessions, nor another benchmark run's (each
# Tmux kills its server before starting one, so a shared name ended the other run's app).
SOCKET = f"casebrowser-bench-{os.getpid()}"
POLL_S = 0.001


class Tmux:
    """A tmux server of our own, driven through a control-mode client: each command and each
    look at a pane's screen is a line written and a reply read, no process started."""

    def __init__(self) -> None:
        self.base = ["tmux", "-L", SOCKET, "-f", "/dev/null"]
        subprocess.run([*self.base, "kill-server"], capture_output=True, check=False)
        self.client = subprocess.Popen(
            [*self.base, "-C", "new-session", "-s", "control", "-x", "80", "-y", "24"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        self._reply()  # the control client's own new-session answers first
        self.command("set-option -g status off")

    def command(self, line: str) -> list[str]:
        """Run one tmux command; its output lines."""
        assert self.client.stdin is not None
        self.client.stdin.write(line + "\n")
        self.client.stdin.flush()
        return self._reply(line)

    def _reply(self, line: str = "") -> list[str]:
        assert self.client.stdout is not None
        output: list[str] = []
        inside = False
        for reply in self.client.stdout:
            reply = reply.rstrip("\n")
            if reply.startswith("%begin"):
                inside, output = True, []
            elif reply.startswith(("%end", "%error")) and inside:
                if reply.startswith("%error"):
                    raise RuntimeError(f"tmux {line!r}: {' '.join(output)}")
                return output
            elif inside:
                output.append(reply)
        raise RuntimeError("tmux's control client ended")

    def start(self, name: str, command: str) -> None:
        width, height = TERMINAL
        self.command(
            f"new-session -d -s {name} -x {width} -y {height} {shlex.quote('exec ' + command)}"
        )

    def screen(self, name: str) -> list[str]:
        return self.command(f"capture-pane -p -t {name}")

    def type(self, name: str, text: str) -> None:
        quoted = '"\'"' if text == "'" else "'" + text + "'"
        self.command(f"send-keys -t {name} -l {quoted}")

    def key(self, name: str, key: str) -> None:
        self.command(f"send-keys -t {name} {key}")

    def pid(self, name: str) -> int:
        return int(self.command(f"display-message -p -t {name} '#{{pane_pid}}'")[0])

    def wait(self, name: str, condition: Callable[[list[str]], bool], timeout: float) -> float:
        """Look at the screen until `condition` holds; when it did (perf_counter)."""
        deadline = time.perf_counter() + timeout
        while True:
            screen = self.screen(name)
            if condition(screen):
                return time.perf_counter()
            if time.perf_counter() > deadline:
                tail = " / ".join(line.strip() for line in screen[-3:])
                raise TimeoutError(f"{name}: not on screen after {timeout:.0f} s ({tail})")
            time.sleep(POLL_S)

    def close(self) -> None:
        subprocess.run([*self.base, "kill-server"], capture_output=True, check=False)
        self.client.wait(timeout=10)


def process_memory(pid: int) -> dict[str, float]:
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(value.split()[0]) / 1024
    return values


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of `pid`, all its threads, so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
