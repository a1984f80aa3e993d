#!/usr/bin/env python3
"""A local stand-in for OpenAlex's /works: PAGES pages of 100 synthetic works (team-written text, numbered),
cursor-paged as the API is. usage: synthetic_openalex.py PORT PAGES"""
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

PORT, PAGES = int(sys.argv[1]), int(sys.argv[2])
WORDS = ("Micro-sized silicon anodes with a crosslinked binder keep 80% of their capacity after 300 cycles "
         "at 0.5 C, and the electrode swells less than with PVDF.").split()


def work(n):
    return {"id": f"https://openalex.org/W9{n:09d}", "doi": f"https://doi.org/10.5555/bench.{n}",
            "title": f"Synthetic silicon anode study {n}", "publication_date": "2024-01-15",
            "publication_year": 2024, "ids": {"pmid": f"https://pubmed.ncbi.nlm.nih.gov/{38000000 + n}"},
            "primary_location": {"source": {"display_name": "Journal of Benchmarks"}},
            "best_oa_location": {"pdf_url": f"https://example.org/{n}.pdf"},
            "authorships": [{"author": {"display_name": f"Author {n % 17}"}}],
            "cited_by_count": n % 50,
            "abstract_inverted_index": {w: [i] for i, w in enumerate(WORDS)}}


class Works(BaseHTTPRequestHandler):
    def do_GET(self):
        cursor = parse_qs(urlparse(self.path).query).get("cursor", ["*"])[0]
        page = 0 if cursor == "*" else int(cursor)
        results = [work(page * 100 + i) for i in range(100)] if page < PAGES else []
        body = json.dumps({"meta": {"count": PAGES * 100, "next_cursor": str(page + 1)},
                           "results": results}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", PORT), Works).serve_forever()
