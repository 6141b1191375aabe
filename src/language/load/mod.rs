//! Stage 1: from a file's bytes to the declarations it contains.
//!
//! Loading reads TOML (with byte spans kept) and checks the *shape* of every declaration, as
//! the language's descriptions ([`crate::language::elements`]) say: known tables and fields,
//! the right types, required fields present, keywords spelled as the language defines them.
//! References between elements stay text here; [`crate::language::validate`] resolves them.
//! Loading never stops at the first problem: every declaration is read, and every problem
//! becomes a [`Diagnostic`].

mod declarations;
mod fields;
mod reader;
mod scalars;
mod toml;
mod values;

pub use declarations::*;
pub use scalars::MAX_EUROS;
pub use values::{CitationDecl, MemberDecl, ReadingDecl, RuleDecl, Spanned, Text, VoterDecl};

use crate::language::diagnostic::{Diagnostic, said};
use crate::language::elements;
use crate::language::source::{SourceFile, Span};
use reader::Reader;
use toml_span::value::ValueInner;

/// Larger model files are refused before they are parsed: the national model with 342
/// municipalities and hundreds of plans is well under 1 MiB.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// More diagnostics than this for one file are summarised in one line.
pub const MAX_DIAGNOSTICS: usize = 100;

/// Everything a model file declares, in file order.
#[derive(Debug, Default)]
pub struct Document {
    pub header: Option<Header>,
    pub documents: Vec<DocumentDecl>,
    pub parties: Vec<PartyDecl>,
    pub bodies: Vec<BodyDecl>,
    pub agreements: Vec<AgreementDecl>,
    pub relations: Vec<RelationDecl>,
    pub rights: Vec<RightDecl>,
    pub regions: Vec<RegionDecl>,
    pub plans: Vec<PlanDecl>,
    pub decisions: Vec<DecisionDecl>,
    pub tasks: Vec<TaskDecl>,
    pub cuts: Vec<CutDecl>,
    pub process: Vec<ProcessDecl>,
    /// Ids of declarations that could not be read; references to them are not reported again.
    pub broken_ids: Vec<String>,
}

/// Reads a model file from disk. Problems with the file itself (missing, a directory or
/// anything else that is not a regular file, too large, not UTF-8) are diagnostics too.
pub fn read_file(path: &str) -> Result<SourceFile, Box<(SourceFile, Diagnostic)>> {
    match read_regular_file(std::path::Path::new(path)) {
        Ok(bytes) => decode(path, bytes),
        Err(problem) => {
            let code = match problem {
                Unreadable::TooLarge(_) => "file-too-large",
                _ => "unreadable-file",
            };
            Err(Box::new((
                SourceFile::new(path, ""),
                Diagnostic::file(code, problem.said(path)),
            )))
        }
    }
}

/// Why a file could not be read.
#[derive(Debug)]
pub enum Unreadable {
    Missing,
    Directory,
    /// A device, a pipe, a socket: nothing that `toets` reads.
    NotAFile,
    /// More than [`MAX_FILE_BYTES`] (as far as they were counted).
    TooLarge(u64),
    Io(std::io::Error),
}

impl Unreadable {
    /// The problem in words, naming the file as `path`.
    pub fn said(&self, path: &str) -> crate::language::diagnostic::Said {
        match self {
            Unreadable::Missing => said!(
                "cannot read `{path}`: no such file",
                "kan `{path}` niet lezen: het bestand bestaat niet"
            ),
            Unreadable::Directory => said!(
                "cannot read `{path}`: it is a directory, not a file",
                "kan `{path}` niet lezen: het is een map, geen bestand"
            ),
            Unreadable::NotAFile => said!(
                "cannot read `{path}`: it is not a regular file (a device, a pipe or a socket)",
                "kan `{path}` niet lezen: het is geen gewoon bestand (een apparaat, een pijp of een socket)"
            ),
            Unreadable::TooLarge(size) => said!(
                "`{path}` has more than {MAX_FILE_BYTES} bytes ({size} or more); files are limited to {MAX_FILE_BYTES} bytes",
                "`{path}` heeft meer dan {MAX_FILE_BYTES} bytes ({size} of meer); een bestand is hoogstens {MAX_FILE_BYTES} bytes"
            ),
            Unreadable::Io(error) => said!(
                "cannot read `{path}`: {error}",
                "kan `{path}` niet lezen: {error}"
            ),
        }
    }
}

/// The bytes of the regular file at `path`, never more than [`MAX_FILE_BYTES`] of them. What is not a
/// regular file (a directory, a device such as `/dev/zero`, a named pipe) is refused before it
/// is opened, so that nothing blocks or streams for ever; the opened file is looked at again
/// (it may have been replaced in between), and read up to one byte past the limit (it may
/// have grown).
pub fn read_regular_file(path: &std::path::Path) -> Result<Vec<u8>, Unreadable> {
    let limit = MAX_FILE_BYTES;
    use std::io::Read as _;
    let io = |error: std::io::Error| match error.kind() {
        std::io::ErrorKind::NotFound => Unreadable::Missing,
        _ => Unreadable::Io(error),
    };
    let metadata = std::fs::metadata(path).map_err(io)?;
    if metadata.is_dir() {
        return Err(Unreadable::Directory);
    }
    if !metadata.is_file() {
        return Err(Unreadable::NotAFile);
    }
    if metadata.len() > limit {
        return Err(Unreadable::TooLarge(metadata.len()));
    }
    let file = std::fs::File::open(path).map_err(io)?;
    if !file.metadata().map_err(io)?.is_file() {
        return Err(Unreadable::NotAFile);
    }
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > limit {
        return Err(Unreadable::TooLarge(bytes.len() as u64));
    }
    Ok(bytes)
}

/// The text of a model file from its bytes, which must be UTF-8; `path` names it in messages.
pub fn decode(path: &str, bytes: Vec<u8>) -> Result<SourceFile, Box<(SourceFile, Diagnostic)>> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(SourceFile::new(path, text)),
        Err(error) => {
            let offset = error.utf8_error().valid_up_to();
            let lossy = String::from_utf8_lossy(error.as_bytes()).into_owned();
            let file = SourceFile::new(path, lossy);
            let at = file.text[..].char_indices().nth(
                String::from_utf8_lossy(&error.as_bytes()[..offset])
                    .chars()
                    .count(),
            );
            let start = at.map_or(file.text.len(), |(i, _)| i);
            let diagnostic = Diagnostic::new(
                "not-utf8",
                Span::new(start, start + 1),
                said!(
                    "model files must be UTF-8 text",
                    "een modelbestand moet UTF-8-tekst zijn"
                ),
            )
            .label(said!("this byte is not UTF-8", "deze byte is geen UTF-8"));
            Err(Box::new((file, diagnostic)))
        }
    }
}

/// Parses the text of a model file into its declarations, with every problem found.
pub fn parse(file: &SourceFile) -> (Document, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut document = Document::default();
    let mut root = match toml_span::parse(&file.text) {
        Ok(root) => root,
        Err(error) => {
            diagnostics.push(toml::toml_error(&error));
            return (document, diagnostics);
        }
    };
    let root_span = Span::from(root.span);
    let ValueInner::Table(mut table) = root.take() else {
        return (document, diagnostics);
    };
    let mut reader = Reader {
        diagnostics: &mut diagnostics,
        broken_ids: Vec::new(),
    };
    match table.remove(elements::MODEL.key) {
        Some(value) => {
            document.header = reader
                .table(value, &elements::MODEL)
                .and_then(|fields| header(&mut reader, fields));
        }
        None => reader.diagnostics.push(
            Diagnostic::new(
                "missing-field",
                Span::new(root_span.start, root_span.start),
                said!(
                    "missing the `[model]` table",
                    "de tabel `[model]` ontbreekt"
                ),
            )
            .help(said!(
                "start the file with `[model]`, its `title`, `source` and `commissioners`",
                "begin het bestand met `[model]`, met `title`, `source` en `commissioners`"
            )),
        ),
    }
    let r = &mut reader;
    document.documents = r.elements(&mut table, &elements::DOCUMENT, self::document);
    document.parties = r.elements(&mut table, &elements::PARTY, party);
    document.bodies = r.elements(&mut table, &elements::BODY, body);
    document.agreements = r.elements(&mut table, &elements::AGREEMENT, agreement);
    document.relations = r.elements(&mut table, &elements::RELATION, relation);
    document.rights = r.elements(&mut table, &elements::RIGHT, right);
    document.regions = r.elements(&mut table, &elements::REGION, region);
    document.plans = r.elements(&mut table, &elements::PLAN, plan);
    document.decisions = r.elements(&mut table, &elements::DECISION, decision);
    document.tasks = r.elements(&mut table, &elements::TASK, task);
    document.cuts = r.elements(&mut table, &elements::CUT, cut);
    document.process = r.elements(&mut table, &elements::PROCESS, process_step);
    r.unknown_tables(table);
    document.broken_ids = reader.broken_ids;
    diagnostics.sort_by_key(|d| d.span.map(|s| (s.start, s.end)));
    (document, diagnostics)
}

/// Reads `text`, a TOML table, as one element of `kind`, and says which of its fields were
/// read and what was wrong: the reader on its own, for tools and for the tests that check it
/// against the schema.
pub fn read_element(
    kind: &'static elements::ElementKind,
    text: &str,
) -> (Vec<&'static str>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let value = match toml_span::parse(text) {
        Ok(value) => value,
        Err(error) => return (Vec::new(), vec![toml::toml_error(&error)]),
    };
    let mut reader = Reader {
        diagnostics: &mut diagnostics,
        broken_ids: Vec::new(),
    };
    let read = reader
        .table(value, kind)
        .map(|f| f.read())
        .unwrap_or_default();
    (read, diagnostics)
}

/// Parses an accept file (`[[accept]]` tables, nothing else) into its acceptances, with every
/// problem found.
pub fn parse_acceptances(file: &SourceFile) -> (Vec<AcceptanceDecl>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut root = match toml_span::parse(&file.text) {
        Ok(root) => root,
        Err(error) => return (Vec::new(), vec![toml::toml_error(&error)]),
    };
    let ValueInner::Table(mut table) = root.take() else {
        return (Vec::new(), diagnostics);
    };
    let mut reader = Reader {
        diagnostics: &mut diagnostics,
        broken_ids: Vec::new(),
    };
    let acceptances = reader.elements(&mut table, &elements::ACCEPTANCE, acceptance);
    let file_name = crate::lang::Text {
        en: "an accept file",
        nl: "een aanvaardingsbestand",
    };
    reader.unknown_keys(table, &[elements::ACCEPTANCE.key], file_name);
    diagnostics.sort_by_key(|d| d.span.map(|s| (s.start, s.end)));
    (acceptances, diagnostics)
}
