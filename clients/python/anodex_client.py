"""A small client for the Anodex HTTP API (standard library only).

    from anodex_client import Anodex
    a = Anodex()                      # ANODEX_URL, else http://localhost:8080; ANODEX_TOKEN for writes
    result = a.search("silicon anode", filters={"binder": "PAA"}, ranges={"year": (2020, None)})
    for hit in a.iter_hits("SiOx"):   # every hit, through the cursor
        print(hit["year"], hit["title"])
    for row in a.values("silicon", properties=["capacity_retention"]):  # every extracted value, streamed
        print(row["value"], row["unit"], row["conditions"].get("cycles"), row["evidence"])

Answers are the JSON of the API as plain dicts and lists (see API.md); errors of the API raise
`AnodexError` with the status, title and detail of its problem document. `to_dataframe` turns hits or
value rows into a pandas DataFrame where pandas is installed.
"""

from __future__ import annotations

import json
import mimetypes
import os
import re
import shutil
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence, Tuple, Union

__all__ = ["Anodex", "AnodexError", "AnodexConnectionError", "ValueRows", "to_dataframe", "property_rows"]

DEFAULT_URL = "http://localhost:8080"

Filters = Union[None, str, Mapping[str, Union[str, Sequence[str]]], Sequence[str]]
Bound = Union[None, int, float]
Ranges = Union[None, str, Mapping[str, Union[str, Tuple[Bound, Bound]]], Sequence[str]]


class AnodexError(Exception):
    """An error answered by the API (an RFC 9457 problem document), or a server that cannot be reached."""

    def __init__(self, status: Optional[int], title: str, detail: str, url: str = "", type: str = "about:blank"):
        self.status = status
        self.title = title
        self.detail = detail
        self.url = url
        self.type = type
        super().__init__(f"{status} {title}: {detail}" if status else f"{title}: {detail}")


class AnodexConnectionError(AnodexError, ConnectionError):
    """No answer at all: the server is not running, the URL is wrong, or the network failed."""


class Anodex:
    """A connection to one Anodex server.

    `url` defaults to the environment variable ANODEX_URL, else http://localhost:8080. `token` (needed
    only for add_record, upload and delete) defaults to ANODEX_TOKEN; pass token="" for none.
    """

    def __init__(self, url: Optional[str] = None, token: Optional[str] = None, timeout: float = 60.0):
        self.url = (url or os.environ.get("ANODEX_URL") or DEFAULT_URL).rstrip("/")
        self.token = os.environ.get("ANODEX_TOKEN") if token is None else token
        self.timeout = timeout

    def __repr__(self) -> str:
        return f"Anodex({self.url!r})"

    # -- reading ------------------------------------------------------------------------------

    def search(self, q: str = "", filters: Filters = None, ranges: Ranges = None,
               facets: Union[None, str, Sequence[str]] = None, sort: Optional[str] = None,
               size: Optional[int] = None, page: Optional[int] = None, highlight: Optional[bool] = None,
               histograms: Union[None, str, Sequence[str]] = None, **extra: Any) -> Dict[str, Any]:
        """One page of hits, with facet counts and range bounds: the answer of GET /api/search.

        filters: {"binder": ["PAA", "CMC"], "material": "silicon/micro-Si"} or ["binder:PAA", ...];
        values of one dimension are OR-ed, dimensions AND-ed.
        ranges: {"year": (2020, None), "specific_capacity": (1000, None)} (None is an open end), or
        ["year:2020.."]. facets: dimensions to count (default all). sort: "relevance", "date", "-date".
        histograms: range fields (["specific_capacity", "year"]) whose values over all the results are counted
        in about 20 round buckets, answered as {"histograms": {field: [{"from", "to", "count"}, ...]}}; a
        bucket counts the matching papers with a value in [from, to).
        extra: any other parameter of the API, e.g. facet_size=50, rank="words" (the words' ranking alone) or cursor=...
        """
        if histograms is not None:
            extra["histograms"] = histograms if isinstance(histograms, str) else ",".join(histograms)
        return self._get_json("/api/search", _search_params(q, filters, ranges, facets, sort, size, page, highlight, extra))

    def iter_hits(self, q: str = "", filters: Filters = None, ranges: Ranges = None, sort: Optional[str] = None,
                  size: int = 100, highlight: bool = False, **extra: Any) -> Iterator[Dict[str, Any]]:
        """Every hit of a search, exactly once each, page after page through the cursor (`size` a page)."""
        params = _search_params(q, filters, ranges, "", sort, size, None, highlight, extra)
        while True:
            answer = self._get_json("/api/search", params)
            yield from answer["hits"]
            cursor = answer.get("next_cursor")
            if not cursor or not answer["hits"]:
                return
            params["cursor"] = cursor

    def facet_counts(self, dimension: str, q: str = "", filters: Filters = None, ranges: Ranges = None,
                     facet_size: int = 100) -> Dict[str, int]:
        """{value: number of matching papers} for one dimension, most frequent first."""
        answer = self.search(q, filters, ranges, facets=[dimension], size=1, highlight=False, facet_size=facet_size)
        return {c["value"]: c["count"] for c in answer["facets"].get(dimension, [])}

    def values(self, q: str = "", filters: Filters = None, ranges: Ranges = None,
               properties: Union[None, str, Sequence[str]] = None, sort: Optional[str] = None,
               **extra: Any) -> "ValueRows":
        """Every extracted value of every matching paper (not one page), one row each: GET /api/values.

        A row is a dict: the paper's "id", "title", "year", "journal"; the value's "property", "value" and
        "max" (in the canonical unit), "unit", "raw", "conditions" ({"cycles": 500, ...}), "describes",
        "cell", "section" (None where unknown) and its "evidence" sentence. properties: keys to keep, e.g.
        ["capacity_retention", "cycles"] (default all). Rows are streamed (JSON Lines) as they are read;
        iterate once, or call .to_dataframe() where pandas is installed.
        """
        params = _search_params(q, filters, ranges, None, sort, None, None, None, extra)
        if properties is not None:
            params["properties"] = properties if isinstance(properties, str) else ",".join(properties)
        params["format"] = "jsonl"
        return ValueRows(self._open("GET", "/api/values", params))

    def paper(self, id: str, include_body: bool = False) -> Dict[str, Any]:
        """The whole record of one paper: topics with their evidence, properties, source file and format."""
        return self._get_json(f"/api/papers/{_quote(id)}", {"include": "body"} if include_body else {})

    def similar(self, id: str, size: int = 10) -> List[Dict[str, Any]]:
        """Papers like this one (more like this), as hits."""
        return self._get_json(f"/api/papers/{_quote(id)}/similar", {"size": size})["hits"]

    def suggest(self, prefix: str, size: int = 8) -> List[Dict[str, Any]]:
        """Completions: {"text", "kind" (topic, term, title), "filter" (the DIM:VALUE that selects a topic)}."""
        return self._get_json("/api/suggest", {"prefix": prefix, "size": size})["suggestions"]

    def facets(self) -> Dict[str, Any]:
        """The taxonomy: {"dimensions": [{"key", "label", "values": tree}], "ranges": [{"field", "label", "unit"}]}."""
        return self._get_json("/api/facets", {})

    def export(self, format: str = "csv", path: Union[None, str, Path] = None, q: str = "", filters: Filters = None,
               ranges: Ranges = None, sort: Optional[str] = None, **extra: Any) -> Union[str, Path]:
        """Every matching paper (not one page) as csv, jsonl, bibtex or ris.

        Without `path`, returns the text. With a file `path`, streams into it and returns the Path; with a
        folder, the file takes the name the server gives it.
        """
        params = _search_params(q, filters, ranges, None, sort, None, None, None, extra)
        params["format"] = format
        with self._open("GET", "/api/export", params) as response:
            if path is None:
                return response.read().decode("utf-8")
            target = Path(path)
            if target.is_dir():
                target = target / _attachment_name(response.headers.get("Content-Disposition", ""), format)
            with open(target, "wb") as out:
                shutil.copyfileobj(response, out, 64 * 1024)
            return target

    def feed(self, q: str = "", filters: Filters = None, ranges: Ranges = None, size: Optional[int] = None,
             **extra: Any) -> str:
        """The Atom feed (XML text) of the newest matching papers, at most 50."""
        params = _search_params(q, filters, ranges, None, None, size, None, None, extra)
        with self._open("GET", "/api/feed", params) as response:
            return response.read().decode("utf-8")

    def health(self) -> Dict[str, Any]:
        """The server's health document ({"status": "UP", ...})."""
        return self._get_json("/health", {})

    # -- writing (need the token) ---------------------------------------------------------------

    def add_record(self, record: Mapping[str, Any]) -> Dict[str, Any]:
        """Adds or updates one paper from a JSON record ({"doi", "title", "abstract", "year", ...}).

        Returns {"added", "updated", "unchanged", "failed", "ids", "failures"}; the paper is searchable at once.
        """
        body = json.dumps(record).encode("utf-8")
        return self._send_json("POST", "/api/papers", body, "application/json")

    def upload(self, path: Union[str, Path]) -> Dict[str, Any]:
        """Adds the papers of one file (PDF, HTML, XML, DOCX, BibTeX, RIS, JSONL, ...), parsed like `ingest`."""
        path = Path(path)
        boundary = "anodex-" + uuid.uuid4().hex
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        name = path.name.replace('"', "_")
        body = b"".join([
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
            f"Content-Type: {kind}\r\n\r\n".encode("utf-8"),
            path.read_bytes(),
            f"\r\n--{boundary}--\r\n".encode("utf-8"),
        ])
        return self._send_json("POST", "/api/papers", body, f"multipart/form-data; boundary={boundary}")

    def delete(self, id: str) -> None:
        """Deletes one paper (AnodexError with status 404 where there is none)."""
        with self._open("DELETE", f"/api/papers/{_quote(id)}", {}, write=True):
            pass

    # -- HTTP -----------------------------------------------------------------------------------

    def _get_json(self, path: str, params: Mapping[str, Any]) -> Any:
        with self._open("GET", path, params) as response:
            return self._json(response)

    def _send_json(self, method: str, path: str, body: bytes, content_type: str) -> Any:
        with self._open(method, path, {}, body=body, content_type=content_type, write=True) as response:
            return self._json(response)

    def _json(self, response) -> Any:
        try:
            return json.load(response)
        except ValueError:
            raise AnodexError(response.status, "Not an Anodex answer",
                              f"{response.url} answered {response.headers.get('Content-Type')}, not JSON: "
                              f"is {self.url} an Anodex server?", response.url) from None

    def _open(self, method: str, path: str, params: Mapping[str, Any], body: Optional[bytes] = None,
              content_type: Optional[str] = None, write: bool = False):
        query = urllib.parse.urlencode(params, doseq=True)
        url = self.url + path + ("?" + query if query else "")
        request = urllib.request.Request(url, data=body, method=method)
        request.add_header("Accept", "application/json, application/problem+json, */*")
        if content_type:
            request.add_header("Content-Type", content_type)
        if write and self.token:
            request.add_header("Authorization", f"Bearer {self.token}")
        try:
            return urllib.request.urlopen(request, timeout=self.timeout)
        except urllib.error.HTTPError as e:
            raise _problem(e, url) from None
        except (urllib.error.URLError, OSError) as e:
            reason = getattr(e, "reason", e)
            raise AnodexConnectionError(None, "Cannot reach Anodex",
                                        f"no answer from {self.url} ({reason}); is `anodex serve` running there? "
                                        "Set ANODEX_URL or pass Anodex(url=...)", url) from None


class ValueRows:
    """The rows of Anodex.values(): an iterator over dicts, read from the server as they come."""

    def __init__(self, response):
        self._response = response

    def __iter__(self) -> Iterator[Dict[str, Any]]:
        with self._response as response:
            for line in response:
                if line.strip():
                    yield json.loads(line)

    def to_dataframe(self):
        """The rows as a pandas DataFrame, with a column `conditions.<key>` per condition (see to_dataframe)."""
        return to_dataframe(self)


def _search_params(q, filters, ranges, facets, sort, size, page, highlight, extra) -> Dict[str, Any]:
    params: Dict[str, Any] = {}
    if q:
        params["q"] = q
    if filters:
        params["filter"] = _filter_list(filters)
    if ranges:
        params["range"] = _range_list(ranges)
    if facets is not None:
        params["facets"] = facets if isinstance(facets, str) else ",".join(facets)
    for name, value in (("sort", sort), ("size", size), ("page", page), ("highlight", highlight)):
        if value is not None:
            params[name] = value
    params.update({k: v for k, v in extra.items() if v is not None})
    return {k: (str(v).lower() if isinstance(v, bool) else v) for k, v in params.items()}


def _filter_list(filters: Filters) -> List[str]:
    if isinstance(filters, str):
        return [filters]
    if isinstance(filters, Mapping):
        out = []
        for dim, values in filters.items():
            for v in [values] if isinstance(values, (str, int)) else values:
                out.append(f"{dim}:{v}")
        return out
    return list(filters)


def _range_list(ranges: Ranges) -> List[str]:
    if isinstance(ranges, str):
        return [ranges]
    if isinstance(ranges, Mapping):
        out = []
        for field, bounds in ranges.items():
            if isinstance(bounds, str):
                out.append(f"{field}:{bounds}")
            else:
                lo, hi = bounds
                out.append(f"{field}:{_number(lo)}..{_number(hi)}")
        return out
    return list(ranges)


def _number(x: Bound) -> str:
    if x is None:
        return ""
    if isinstance(x, float) and x.is_integer():
        x = int(x)  # the server reads years as whole numbers: 2020, not 2020.0
    return str(x)


def _quote(id: str) -> str:
    return urllib.parse.quote(id, safe="")


def _attachment_name(disposition: str, format: str) -> str:
    m = re.search(r'filename="([^"/\\]+)"', disposition)
    extension = "bib" if format == "bibtex" else format
    return m.group(1) if m else f"anodex-export.{extension}"


def _problem(e: urllib.error.HTTPError, url: str) -> AnodexError:
    raw = e.read().decode("utf-8", "replace")
    try:
        doc = json.loads(raw)
    except ValueError:
        doc = None
    if not isinstance(doc, dict):
        return AnodexError(e.code, e.reason or "HTTP error", raw.strip()[:500] or "(no detail)", url)
    return AnodexError(doc.get("status", e.code), doc.get("title", e.reason), doc.get("detail", ""), url,
                       doc.get("type", "about:blank"))


# -- tables -------------------------------------------------------------------------------------


def property_rows(hits: Iterable[Mapping[str, Any]], name: Optional[str] = None) -> List[Dict[str, Any]]:
    """One row per extracted property of the hits (only `name`, if given): the paper's id, year and title, then
    every field of the property as the server gives it (name, value, max, unit, raw, conditions, evidence, ...).

    Hits carry properties only where the server extracts them; an empty list is a normal answer.
    """
    rows = []
    for hit in hits:
        for p in hit.get("properties") or []:
            if name is None or p.get("name") == name:
                rows.append({"id": hit.get("id"), "year": hit.get("year"), "title": hit.get("title"), **p})
    return rows


def to_dataframe(rows: Union[Mapping[str, Any], Iterable[Mapping[str, Any]]]):
    """A pandas DataFrame of hits (or of a search answer, or of any rows such as property_rows() or values()).

    Authors are joined with "; ", each topic dimension becomes a column `topics.<dimension>`, and each
    condition of a value row a column `conditions.<key>` (the dict stays in `conditions`).
    Raises ImportError with what to do where pandas is not installed.
    """
    try:
        import pandas as pd
    except ImportError:
        raise ImportError("to_dataframe needs pandas, which is not installed in this Python "
                          "(pip install pandas, or apt-get install python3-pandas for /usr/bin/python3); "
                          "the rest of anodex_client works without it") from None
    if isinstance(rows, Mapping):
        rows = rows.get("hits", [])
    flat = []
    for row in rows:
        r = dict(row)
        if isinstance(r.get("authors"), list):
            r["authors"] = "; ".join(r["authors"])
        for dim, values in (r.pop("topics", None) or {}).items():
            r[f"topics.{dim}"] = "; ".join(values)
        if isinstance(r.get("conditions"), Mapping):
            for key, value in r["conditions"].items():
                r[f"conditions.{key}"] = value
        flat.append(r)
    return pd.DataFrame(flat)
