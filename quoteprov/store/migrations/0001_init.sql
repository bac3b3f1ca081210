-- quoteprov store, schema version 1.
-- Applied by quoteprov.store.schema inside one transaction, then recorded in schema_migrations.

-- One row a `quotes scan`: which tool, which arguments, when, and what it found.
CREATE TABLE runs (
    id                  INTEGER PRIMARY KEY,
    tool_version        TEXT    NOT NULL,
    argv                TEXT    NOT NULL,                  -- JSON list of the arguments
    started_at          TEXT    NOT NULL,                  -- ISO 8601 UTC
    finished_at         TEXT,                              -- NULL while running or if killed
    status              TEXT    NOT NULL DEFAULT 'running'
                        CHECK (status IN ('running', 'finished', 'interrupted', 'failed')),
    documents_scanned   INTEGER NOT NULL DEFAULT 0,
    documents_new       INTEGER NOT NULL DEFAULT 0,        -- new paths and new versions
    documents_unchanged INTEGER NOT NULL DEFAULT 0,
    documents_failed    INTEGER NOT NULL DEFAULT 0,
    quotes_found        INTEGER NOT NULL DEFAULT 0
);

-- Exact source bytes, known by their hash, with the decoded text all offsets point into.
CREATE TABLE contents (
    sha256      TEXT    PRIMARY KEY CHECK (length(sha256) = 64),
    size        INTEGER NOT NULL CHECK (size >= 0),
    encoding    TEXT    NOT NULL,
    bom         INTEGER NOT NULL CHECK (bom IN (0, 1)),
    text        TEXT    NOT NULL,
    analysed_by TEXT    NOT NULL,                          -- tool version that found its quotes
    created_at  TEXT    NOT NULL
);

-- A path as scanned, one row per version: the same path with new bytes is version n+1.
CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,
    path        TEXT    NOT NULL,
    version     INTEGER NOT NULL CHECK (version >= 1),
    sha256      TEXT    NOT NULL REFERENCES contents (sha256),
    size        INTEGER NOT NULL CHECK (size >= 0),
    mtime_ns    INTEGER NOT NULL,
    first_seen  TEXT    NOT NULL,
    last_seen   TEXT    NOT NULL,
    run_id      INTEGER NOT NULL REFERENCES runs (id),   -- the run that recorded this version
    last_run_id INTEGER NOT NULL REFERENCES runs (id),   -- the last run that saw it unchanged
    UNIQUE (path, version)
);
CREATE INDEX documents_by_sha256 ON documents (sha256);

-- Quotes belong to contents: the same bytes at two paths share their quotes.
CREATE TABLE quotes (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,                   -- <sha256[:12]>:<start>-<end>
    sha256      TEXT    NOT NULL REFERENCES contents (sha256),
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    byte_start  INTEGER NOT NULL,
    byte_end    INTEGER NOT NULL,
    line        INTEGER NOT NULL CHECK (line >= 1),
    col         INTEGER NOT NULL CHECK (col >= 1),
    text        TEXT    NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('direct', 'partial', 'term')),
    open_mark   TEXT    NOT NULL,
    close_mark  TEXT    NOT NULL,                          -- '' when unclosed at a paragraph end
    depth       INTEGER NOT NULL DEFAULT 0,
    paragraph   INTEGER NOT NULL DEFAULT 0,
    CHECK (0 <= start AND start <= "end"),
    CHECK (0 <= byte_start AND byte_start <= byte_end)
);
CREATE INDEX quotes_by_content ON quotes (sha256, start);

-- Canonical speakers across the whole store.
CREATE TABLE speakers (
    id     INTEGER PRIMARY KEY,
    name   TEXT    NOT NULL,                               -- canonical (most complete) name
    kind   TEXT    NOT NULL CHECK (kind IN ('person', 'organisation', 'unnamed')),
    run_id INTEGER REFERENCES runs (id)
);

-- Every name form seen for a speaker, and the merge rule that put it there.
CREATE TABLE speaker_names (
    id          INTEGER PRIMARY KEY,
    speaker_id  INTEGER NOT NULL REFERENCES speakers (id),
    name        TEXT    NOT NULL,
    name_key    TEXT    NOT NULL,                          -- casefolded name
    surname_key TEXT    NOT NULL,                          -- casefolded last word: narrows candidates
    kind        TEXT    NOT NULL,
    rule        TEXT    NOT NULL,
    UNIQUE (speaker_id, name_key)
);
CREATE INDEX speaker_names_by_name ON speaker_names (kind, name_key);
CREATE INDEX speaker_names_by_surname ON speaker_names (kind, surname_key);

-- Who said a quote, on which words, by which rule.
CREATE TABLE attributions (
    quote_id      INTEGER PRIMARY KEY REFERENCES quotes (id),
    speaker_id    INTEGER NOT NULL REFERENCES speakers (id),
    name          TEXT    NOT NULL,                        -- the name as resolved in this document
    mention_start INTEGER NOT NULL,
    mention_end   INTEGER NOT NULL,
    mention_text  TEXT    NOT NULL,
    mention_kind  TEXT    NOT NULL,
    cue_start     INTEGER,
    cue_end       INTEGER,
    cue_text      TEXT,
    rule          TEXT    NOT NULL,
    confidence    REAL    NOT NULL,
    why           TEXT    NOT NULL DEFAULT '[]'            -- JSON list of "rule: detail" strings
);
CREATE INDEX attributions_by_speaker ON attributions (speaker_id);
