"""The bundled demo site: three fictional training providers, served on loopback.

_data.py    the data table (providers, courses, runs, FAQs, glossary, blog)
build.py    renders it to static files under site/ (checked in)
server.py   DemoSite: one 127.0.0.1 port per provider, conditional GET, gzip, overrides
"""

from prospectus.demo.server import DemoSite

__all__ = ["DemoSite"]
