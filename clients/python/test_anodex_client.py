"""Tests of anodex_client against a live server: ANODEX_URL (and ANODEX_TOKEN, for the writes).

    ANODEX_URL=http://localhost:8080 ANODEX_TOKEN=... python3 clients/python/test_anodex_client.py -v

The server must hold the shipped sample data (or any index with silicon papers); the writes add papers
under the example DOI prefix 10.5555/anodex.pyclient and delete them again.
"""

import csv
import http.server
import io
import json
import os
import socket
import tempfile
import threading
import unittest
from pathlib import Path

from anodex_client import Anodex, AnodexConnectionError, AnodexError, property_rows, to_dataframe

try:
    import pandas  # noqa: F401
    HAVE_PANDAS = True
except ImportError:
    HAVE_PANDAS = False


class ReadTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.a = Anodex()

    def test_health(self):
        self.assertEqual(self.a.health()["status"], "UP")

    def test_search_answers_hits_facets_and_ranges(self):
        r = self.a.search("silicon anode", facets=["material", "binder"], size=5)
        self.assertGreater(r["total"], 5)
        self.assertEqual(len(r["hits"]), 5)
        hit = r["hits"][0]
        for key in ("id", "score", "title", "authors", "year", "journal", "doi", "topics", "properties", "snippet"):
            self.assertIn(key, hit)
        self.assertIn("<mark>", hit["snippet"])
        self.assertEqual(list(r["facets"]), ["material", "binder"])
        self.assertIn("year", r["ranges"])
        self.assertIsNone(self.a.search("silicon", highlight=False, size=1)["hits"][0]["snippet"])

    def test_filters_as_dict_list_or_string_are_the_same_request(self):
        as_dict = self.a.search(filters={"material": "silicon/micro-Si", "binder": ["PAA", "CMC"]}, size=100)
        as_list = self.a.search(filters=["material:silicon/micro-Si", "binder:PAA", "binder:CMC"], size=100)
        self.assertEqual(as_dict["total"], as_list["total"])
        self.assertEqual([h["id"] for h in as_dict["hits"]], [h["id"] for h in as_list["hits"]])
        paa = self.a.search(filters="binder:PAA")["total"]
        self.assertGreaterEqual(self.a.search(filters={"binder": ["PAA", "CMC"]})["total"], paa)  # OR within a dimension
        for hit in as_dict["hits"]:
            self.assertIn("silicon/micro-Si", hit["topics"]["material"])
        self.assertGreater(self.a.search(filters={"material": "silicon"})["total"],
                           self.a.search(filters={"material": "silicon/micro-Si"})["total"])  # a parent matches its children

    def test_ranges_with_open_ends(self):
        bounds = self.a.search(size=1)["ranges"]["year"]
        lo = self.a.search(ranges={"year": (2020, None)}, size=100)
        self.assertTrue(all(h["year"] >= 2020 for h in lo["hits"]))
        hi = self.a.search(ranges={"year": (None, 2019.0)}, size=100)
        self.assertTrue(all(h["year"] <= 2019 for h in hi["hits"]))
        everything = self.a.search(ranges={"year": (bounds["min"], bounds["max"])})
        self.assertEqual(everything["total"], self.a.search()["total"])
        self.assertEqual(self.a.search(ranges="year:2020..")["total"], lo["total"])

    def test_sort_and_page(self):
        newest = [h["year"] for h in self.a.search(sort="-date", size=20)["hits"] if h["year"]]
        self.assertEqual(newest, sorted(newest, reverse=True))
        first = self.a.search("silicon", size=5, page=1)["hits"]
        second = self.a.search("silicon", size=5, page=2)["hits"]
        self.assertFalse({h["id"] for h in first} & {h["id"] for h in second})

    def test_iter_hits_walks_every_hit_exactly_once(self):
        for q, filters in (("silicon", None), ("", None), ("", {"material": "SiOx"})):
            total = self.a.search(q, filters=filters, size=1)["total"]
            ids = [h["id"] for h in self.a.iter_hits(q, filters=filters, size=7)]
            self.assertEqual(len(ids), total, q)
            self.assertEqual(len(set(ids)), total, q)
        self.assertEqual(list(self.a.iter_hits("zzzznotaword")), [])

    def test_facet_counts(self):
        counts = self.a.facet_counts("binder", filters={"material": "silicon"})
        self.assertTrue(counts)
        self.assertEqual(list(counts.values()), sorted(counts.values(), reverse=True))
        years = self.a.facet_counts("year")
        self.assertEqual(sum(years.values()), self.a.search(ranges={"year": (0, None)})["total"])

    def test_paper_and_similar(self):
        hit = self.a.search("fluoroethylene carbonate", size=1)["hits"][0]
        paper = self.a.paper(hit["id"])
        self.assertEqual(paper["id"], hit["id"])
        self.assertEqual(paper["title"], hit["title"])
        self.assertIn("abstract", paper)
        self.assertIsInstance(paper["topics"], dict)
        self.assertNotIn("body", paper)
        if paper["body_chars"]:
            self.assertEqual(len(self.a.paper(hit["id"], include_body=True)["body"]), paper["body_chars"])
        similar = self.a.similar(hit["id"], size=3)
        self.assertTrue(0 < len(similar) <= 3)
        self.assertNotIn(hit["id"], [s["id"] for s in similar])

    def test_suggest(self):
        suggestions = self.a.suggest("fluoroeth")
        self.assertTrue(suggestions)
        self.assertIn("electrolyte:FEC additive", [s.get("filter") for s in suggestions])
        self.assertLessEqual(len(self.a.suggest("si", size=3)), 3)

    def test_facets_describe_the_taxonomy(self):
        f = self.a.facets()
        dims = {d["key"]: d for d in f["dimensions"]}
        self.assertIn("binder", dims)
        self.assertIn("micro-Si", [c["value"] for v in dims["material"]["values"] for c in v["children"]])
        self.assertIn("year", [r["field"] for r in f["ranges"]])

    def test_export_streams_every_match(self):
        total = self.a.search("silicon", size=1)["total"]
        self.assertGreater(total, 10)  # more than one page of the default size
        rows = list(csv.DictReader(io.StringIO(self.a.export("csv", q="silicon"))))
        self.assertEqual(len(rows), total)
        self.assertEqual(rows[0]["id"], self.a.search("silicon", size=1)["hits"][0]["id"])
        lines = self.a.export("jsonl", q="silicon").splitlines()
        self.assertEqual(len(lines), total)
        self.assertIn("title", json.loads(lines[0]))
        with tempfile.TemporaryDirectory() as d:
            bib = self.a.export("bibtex", Path(d) / "siox.bib", filters={"material": "SiOx"})
            self.assertEqual(bib.read_text("utf-8").count("\n@"), self.a.search(filters="material:SiOx")["total"] - 1)
            ris = self.a.export("ris", d, q="silicon")
            self.assertTrue(ris.name.endswith(".ris"), ris)
            self.assertEqual(ris.read_text("utf-8").count("\nER  -"), total)

    def test_values_streams_every_value_of_every_match_with_conditions_and_evidence(self):
        rows = list(self.a.values("silicon"))
        expected = property_rows(self.a.iter_hits("silicon"))
        self.assertGreater(len(rows), 20)
        key = lambda r: (r["id"], r.get("property", r.get("name")), r["raw"], r["evidence"] or "")
        self.assertEqual(sorted(map(key, rows)), sorted(map(key, expected)))
        for column in ("id", "title", "year", "journal", "property", "value", "max", "unit", "conditions",
                       "describes", "cell", "section", "evidence"):
            self.assertIn(column, rows[0])
        self.assertTrue(any(r["conditions"].get("cycles") for r in rows))

    def test_values_of_chosen_properties_and_an_unknown_one(self):
        rows = list(self.a.values(filters={"material": "silicon"}, properties=["capacity_retention", "cycles"]))
        self.assertEqual({r["property"] for r in rows}, {"capacity_retention", "cycles"})
        self.assertEqual(len(rows), len(list(self.a.values(filters="material:silicon", properties="capacity_retention")))
                         + len(list(self.a.values(filters="material:silicon", properties="cycles"))))
        with self.assertRaises(AnodexError) as e:
            self.a.values(properties=["capacity"])
        self.assertEqual(e.exception.status, 400)
        self.assertIn("capacity_retention", e.exception.detail)

    def test_histograms_count_the_results_in_round_buckets(self):
        everything = self.a.search(size=0, facets=[], histograms=["specific_capacity", "year"])
        narrowed = self.a.search(size=0, facets=[], ranges={"year": (2020, None)}, histograms="year")
        self.assertEqual(list(everything["histograms"]), ["specific_capacity", "year"])
        years = everything["histograms"]["year"]
        self.assertEqual(sum(b["count"] for b in years), everything["total"])  # every sample paper has a year
        self.assertEqual([b["from"] for b in narrowed["histograms"]["year"]], [b["from"] for b in years])
        self.assertEqual(sum(b["count"] for b in narrowed["histograms"]["year"]), narrowed["total"])
        self.assertEqual(sum(b["count"] for b in narrowed["histograms"]["year"] if b["to"] <= 2020), 0)

    def test_feed_lists_the_newest_matches(self):
        import xml.etree.ElementTree as ET
        atom = "{http://www.w3.org/2005/Atom}"
        feed = ET.fromstring(self.a.feed(filters={"material": "SiOx"}, size=3))
        self.assertEqual(feed.tag, f"{atom}feed")
        titles = [e.findtext(f"{atom}title") for e in feed.iter(f"{atom}entry")]
        newest = self.a.search(filters={"material": "SiOx"}, sort="-date", size=3)["hits"]
        self.assertEqual(titles, [h["title"] for h in newest])

    def test_errors_carry_the_problem_detail(self):
        with self.assertRaises(AnodexError) as e:
            self.a.search("title:(silicon")
        self.assertEqual(e.exception.status, 400)
        self.assertEqual(e.exception.title, "Query does not parse")
        self.assertIn("position", e.exception.detail)
        self.assertIn("position", str(e.exception))
        with self.assertRaises(AnodexError) as e:
            self.a.search(filters={"nonsense": "x"})
        self.assertIn("nonsense", e.exception.detail)
        with self.assertRaises(AnodexError) as e:
            self.a.export("xml")
        self.assertIn("csv", e.exception.detail)
        with self.assertRaises(AnodexError) as e:
            self.a.paper("10.5555~no.such.paper")
        self.assertEqual(e.exception.status, 404)
        with self.assertRaises(AnodexError) as e:
            self.a.similar("10.5555~no.such.paper")
        self.assertEqual(e.exception.status, 404)

    def test_an_unreachable_server_is_a_connection_error_that_says_so(self):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        with self.assertRaises(AnodexConnectionError) as e:
            Anodex(f"http://127.0.0.1:{port}", timeout=5).health()
        self.assertIsNone(e.exception.status)
        self.assertIn(f"127.0.0.1:{port}", str(e.exception))
        self.assertIsInstance(e.exception, ConnectionError)

    def test_a_server_that_is_not_anodex_is_an_error_that_says_so(self):
        class Html(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                self.wfile.write(b"<html>a notebook server</html>")

            def log_message(self, *args):
                pass

        with http.server.ThreadingHTTPServer(("127.0.0.1", 0), Html) as other:
            threading.Thread(target=other.serve_forever, daemon=True).start()
            url = f"http://127.0.0.1:{other.server_address[1]}"
            with self.assertRaises(AnodexError) as e:
                Anodex(url).search("silicon")
            other.shutdown()
        self.assertIn("text/html, not JSON", e.exception.detail)
        self.assertIn(url, e.exception.detail)

    def test_url_and_token_come_from_the_environment(self):
        self.assertEqual(Anodex().url, os.environ.get("ANODEX_URL", "http://localhost:8080").rstrip("/"))
        self.assertEqual(Anodex("http://h:1/").url, "http://h:1")
        self.assertEqual(Anodex(token="").token, "")


class TablesTest(unittest.TestCase):
    HITS = [
        {"id": "a", "year": 2024, "title": "A", "authors": ["X", "Y"], "topics": {"material": ["SiOx"]},
         "properties": [{"name": "specific_capacity", "value": 1500.0, "max": None, "unit": "mAh/g", "raw": "1,500 mAh/g",
                         "conditions": {"cycles": 500}, "evidence": "It kept 1,500 mAh/g after 500 cycles."},
                        {"name": "capacity_retention", "value": 80.0, "max": None, "unit": "%", "raw": "80%"}]},
        {"id": "b", "year": 2020, "title": "B", "authors": [], "topics": {}, "properties": []},
        {"id": "c", "year": 2021, "title": "C", "authors": [], "topics": {}},
    ]

    def test_property_rows(self):
        rows = property_rows(self.HITS, "specific_capacity")
        self.assertEqual(rows, [{"id": "a", "year": 2024, "title": "A", "name": "specific_capacity", "value": 1500.0,
                                 "max": None, "unit": "mAh/g", "raw": "1,500 mAh/g", "conditions": {"cycles": 500},
                                 "evidence": "It kept 1,500 mAh/g after 500 cycles."}])
        self.assertEqual(len(property_rows(self.HITS)), 2)
        self.assertEqual(property_rows(self.HITS[1:]), [])

    @unittest.skipUnless(HAVE_PANDAS, "pandas is not installed")
    def test_to_dataframe(self):
        df = to_dataframe(self.HITS)
        self.assertEqual(len(df), 3)
        self.assertEqual(df.loc[0, "authors"], "X; Y")
        self.assertEqual(df.loc[0, "topics.material"], "SiOx")
        self.assertEqual(len(to_dataframe({"hits": self.HITS})), 3)

    @unittest.skipUnless(HAVE_PANDAS, "pandas is not installed")
    def test_to_dataframe_of_value_rows_has_a_column_per_condition(self):
        rows = [{"id": "a", "property": "capacity_retention", "value": 85.0, "conditions": {"cycles": 500}},
                {"id": "b", "property": "capacity_retention", "value": 70.0, "conditions": {}}]
        df = to_dataframe(rows)
        self.assertEqual(df.loc[0, "conditions.cycles"], 500)
        self.assertTrue(pandas.isna(df.loc[1, "conditions.cycles"]))

    @unittest.skipIf(HAVE_PANDAS, "pandas is installed")
    def test_to_dataframe_without_pandas_says_what_to_do(self):
        with self.assertRaises(ImportError) as e:
            to_dataframe(self.HITS)
        self.assertIn("pandas", str(e.exception))


class WriteTest(unittest.TestCase):
    RECORD = {"doi": "10.5555/anodex.pyclient.1", "title": "Micro-sized silicon anodes with a PAA binder from a notebook",
              "abstract": "Micro-sized silicon with PAA binder and FEC additive.", "year": 2026}
    ID = "10.5555~anodex.pyclient.1"
    UPLOADED = "10.5555~anodex.pyclient.2"

    @classmethod
    def setUpClass(cls):
        if not os.environ.get("ANODEX_TOKEN"):
            raise unittest.SkipTest("ANODEX_TOKEN is not set: the write tests need the server's token")
        cls.a = Anodex()
        cls.total = cls.a.search()["total"]

    @classmethod
    def tearDownClass(cls):
        for id in (cls.ID, cls.UPLOADED):
            try:
                cls.a.delete(id)
            except AnodexError:
                pass

    def test_writes_without_the_token_are_refused_and_write_nothing(self):
        for token in ("", "wrong"):
            with self.assertRaises(AnodexError) as e:
                Anodex(token=token).add_record(self.RECORD)
            self.assertEqual(e.exception.status, 401)
            self.assertIn("token" if token else "Authorization", e.exception.detail)
            with self.assertRaises(AnodexError):
                Anodex(token=token).delete(self.ID)
        with self.assertRaises(AnodexError) as e:
            self.a.paper(self.ID)
        self.assertEqual(e.exception.status, 404)

    def test_a_record_is_searchable_when_added_and_gone_when_deleted(self):
        added = self.a.add_record(self.RECORD)
        self.assertEqual((added["added"], added["ids"]), (1, [self.ID]))
        self.assertEqual(self.a.add_record(self.RECORD)["unchanged"], 1)
        found = self.a.search("notebook", filters={"binder": "PAA"})
        self.assertIn(self.ID, [h["id"] for h in found["hits"]])
        self.assertIn("silicon/micro-Si", self.a.paper(self.ID)["topics"]["material"][0]["value"])
        self.assertEqual(self.a.search()["total"], self.total + 1)
        self.a.delete(self.ID)
        with self.assertRaises(AnodexError) as e:
            self.a.delete(self.ID)
        self.assertEqual(e.exception.status, 404)
        self.assertEqual(self.a.search()["total"], self.total)

    def test_an_uploaded_file_is_parsed_like_an_ingested_one(self):
        with tempfile.TemporaryDirectory() as d:
            path = Path(d) / "one paper.jsonl"
            record = dict(self.RECORD, doi="10.5555/anodex.pyclient.2", title="SiOx anodes uploaded from Python")
            path.write_text(json.dumps(record) + "\n", "utf-8")
            up = self.a.upload(path)
            self.assertEqual(up["ids"], [self.UPLOADED])
            self.assertEqual(self.a.paper(self.UPLOADED)["format"], "jsonl")
            unreadable = Path(d) / "notes.xyz"
            unreadable.write_bytes(b"\x00\x01\x02")
            with self.assertRaises(AnodexError) as e:
                self.a.upload(unreadable)
            self.assertEqual(e.exception.status, 415)
        self.a.delete(self.UPLOADED)
        self.assertEqual(self.a.search()["total"], self.total)


if __name__ == "__main__":
    unittest.main()
