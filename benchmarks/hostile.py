"""Benchmark: time, peak memory and outcome of ``recipelint check`` on hostile pages.

Each case of ``tests/hostile_inputs.py`` is written to a temporary folder and checked
by the real command line in its own process, under ``/usr/bin/time -v`` and a time
limit. Prints one Markdown table row per case. Usage::

    python benchmarks/hostile.py [CASE…] [--timeout SECONDS] [--format text]

Set ``PYTHONPATH`` to another checkout's ``src`` to measure that one instead.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from hostile_inputs import CASES, write_site  # noqa: E402


def measure(name: str, text: str, timeout: float, output_format: str) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        page = write_site(Path(folder), name, text)
        output = Path(folder) / "out.txt"
        stats = Path(folder) / "time.txt"
        command = ["/usr/bin/time", "-v", "-o", str(stats), sys.executable, "-m", "recipelint", "check",
                   "--format", output_format, "--output-file", str(output), str(page)]
        start = time.perf_counter()
        # A session of its own, so a timeout kills recipelint too, not only /usr/bin/time.
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   cwd=folder, start_new_session=True)
        try:
            _, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            peak = _session_peak_kb(process.pid)
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            return {"case": name, "bytes": len(text.encode()), "seconds": None, "rss_mb": peak / 1024 if peak else None,
                    "outcome": f"killed after {timeout:.0f} s", "output_mb": None}
        seconds = time.perf_counter() - start
        rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", stats.read_text())
        written = output.stat().st_size if output.exists() else 0
        return {
            "case": name,
            "bytes": len(text.encode()),
            "seconds": seconds,
            "rss_mb": int(rss.group(1)) / 1024 if rss else None,
            "outcome": _outcome(process.returncode, stderr, output),
            "output_mb": written / 1e6,
        }


def _session_peak_kb(session: int) -> int:
    """The largest peak resident set (VmHWM) of the processes of ``session``, in kB."""
    peak = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[3]) != session:  # field 6 of stat, the session id
                continue
            status = (stat.parent / "status").read_text()
        except (OSError, IndexError, ValueError):
            continue
        found = re.search(r"VmHWM:\s+(\d+) kB", status)
        if found:
            peak = max(peak, int(found.group(1)))
    return peak


def _outcome(returncode: int, stderr: str, output: Path) -> str:
    """Exit code, the codes reported (with counts) and any internal error."""
    if returncode not in (0, 1) and not output.exists():
        last = stderr.strip().splitlines()[-1][:80] if stderr.strip() else ""
        return f"exit {returncode}: {last}"
    counts: dict[str, int] = {}
    crash = ""
    with output.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            found = re.match(r"\S+:\d+:\d+: ([A-Z]+\d+) ", line)
            if found:
                counts[found.group(1)] = counts.get(found.group(1), 0) + 1
                if found.group(1) == "RL007" and not crash:
                    crash = line.split("] ", 1)[-1].strip()[:90]
    codes = ", ".join(f"{code}×{n}" for code, n in sorted(counts.items()))
    return f"exit {returncode}; {codes or 'nothing reported'}" + (f"; {crash}" if crash else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", default=list(CASES))
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--format", default="text")
    args = parser.parse_args()
    print("| case | input | time | peak RSS | output | outcome |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    for name in args.cases:
        row = measure(name, CASES[name](), args.timeout, args.format)
        seconds = f">{args.timeout:.0f} s" if row["seconds"] is None else f"{row['seconds']:.2f} s"
        rss = "—" if row["rss_mb"] is None else f"{row['rss_mb']:.0f} MB"
        out = "—" if row["output_mb"] is None else f"{row['output_mb']:.2f} MB"
        print(f"| {name} | {row['bytes']:,} B | {seconds} | {rss} | {out} | {row['outcome']} |", flush=True)


if __name__ == "__main__":
    main()
