-- quoteprov store, schema version 2: where a document read from HTML or a WARC record came from.
-- One row per document version that was not plain text (no row: a .txt file, decoded as it is).

CREATE TABLE document_meta (
    document_id         INTEGER PRIMARY KEY REFERENCES documents (id),
    format              TEXT    NOT NULL CHECK (format IN ('txt', 'html', 'warc')),
    extractor           TEXT,                              -- 'trafilatura'
    extractor_version   TEXT,
    raw_sha256          TEXT,                              -- of the HTML bytes (= documents.sha256)
    text_sha256         TEXT,                              -- of the extracted text as UTF-8 (= contents.text)
    charset             TEXT,                              -- how the HTML bytes were decoded
    charset_source      TEXT,                              -- bom | http-header | meta | utf-8 | detected
    url                 TEXT,                              -- canonical URL, else WARC-Target-URI
    title               TEXT,
    author              TEXT,
    date                TEXT,                              -- publication date, as the page gives it
    outlet              TEXT,                              -- site name
    warc_file           TEXT,                              -- path of the WARC file as scanned
    warc_size           INTEGER,                           -- its size then (an unchanged WARC is skipped)
    warc_offset         INTEGER,                           -- byte offset of the record in the WARC file
    warc_record_id      TEXT,
    warc_target_uri     TEXT,
    warc_date           TEXT,
    warc_payload_digest TEXT
);
CREATE INDEX document_meta_by_warc ON document_meta (warc_file);
