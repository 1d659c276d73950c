"""A local SMTP server for tests: every message it receives is saved as DIR/<n>.eml.

Usage: python smtp_sink.py DIR [PORT]   (prints the port it listens on, then serves until killed)

Given the PORT of a sink that was stopped and the same DIR, it serves again where that one
stopped, numbering on. Every recipient it is offered is appended to DIR/rcpt.log. Recipients
whose address starts with "reject" are refused for good (550); those starting with "busy" are
refused for now (451) twice, then accepted.
"""
import asyncio
import collections
import itertools
import pathlib
import socket
import sys

from aiosmtpd.controller import Controller


class Save:
    def __init__(self, folder):
        self.folder = pathlib.Path(folder)
        first = 1 + max((int(p.stem) for p in self.folder.glob("*.eml")), default=0)
        self.numbers = itertools.count(first)
        self.refused = collections.Counter()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        with open(self.folder / "rcpt.log", "a", encoding="utf-8") as log:
            log.write(address + "\n")
        if address.startswith("reject"):
            return "550 5.1.1 No such mailbox"
        if address.startswith("busy") and self.refused[address] < 2:
            self.refused[address] += 1
            return "451 4.3.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        n = next(self.numbers)
        (self.folder / f"{n:04}.tmp").write_bytes(envelope.content)
        (self.folder / f"{n:04}.tmp").rename(self.folder / f"{n:04}.eml")
        return "250 OK"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    folder = pathlib.Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    port = int(sys.argv[2]) if len(sys.argv) > 2 else free_port()
    controller = Controller(Save(folder), hostname="127.0.0.1", port=port)
    controller.start()
    print(port, flush=True)
    try:
        asyncio.new_event_loop().run_forever()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
