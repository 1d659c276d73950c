"""A local SMTP server for tests: every message it receives is saved as DIR/<n>.eml.

Usage: python smtp_sink.py DIR   (prints the port it listens on, then serves until killed)
"""
import asyncio
import itertools
import pathlib
import socket
import sys

from aiosmtpd.controller import Controller


class Save:
    def __init__(self, folder):
        self.folder = pathlib.Path(folder)
        self.numbers = itertools.count(1)

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
    port = free_port()
    controller = Controller(Save(folder), hostname="127.0.0.1", port=port)
    controller.start()
    print(port, flush=True)
    try:
        asyncio.new_event_loop().run_forever()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
