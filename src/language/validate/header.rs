//! The `[model]` table: the model's title and source, the commissioners whose equal
//! commissioning is checked, the solver's resource limit, the years the money rules check and
//! the rules that apply.

use super::resolver::Resolver;
use crate::language::diagnostic::{Diagnostic, Said, did_you_mean, said, suggest};
use crate::language::elements::{self, Kind};
use crate::language::keywords::TextStatus;
use crate::language::load::Document;
use crate::language::source::Span;
use crate::model::{Cited, DocumentId, PartyId};

/// What the `[model]` table says that needs checking: empty when there is no such table.
pub(super) struct Header {
    pub(super) title: String,
    pub(super) cited: Cited,
    pub(super) status: TextStatus,
    pub(super) ratified_by: Option<DocumentId>,
    pub(super) commissioners: Vec<PartyId>,
}

/// The title, source and commissioners; a model needs commissioners and an agreement they
/// commission.
pub(super) fn header(r: &mut Resolver<'_>, document: &Document) -> Header {
    let Some(header) = &document.header else {
        return Header {
            title: String::new(),
            cited: Cited {
                source: String::new(),
                span: Span::default(),
                citations: Vec::new(),
                readings: Vec::new(),
            },
            status: TextStatus::Draft,
            ratified_by: None,
            commissioners: Vec::new(),
        };
    };
    if header.commissioners.as_ref().is_some_and(Vec::is_empty) {
        r.diagnostics.push(
            Diagnostic::new(
                "missing-field",
                header.span,
                said!("the `[model]` table names no `commissioners`", "de tabel `[model]` noemt geen `commissioners`"),
            )
            .label(said!("`commissioners` is required", "`commissioners` is verplicht"))
            .help(said!("name the parties whose equal commissioning is checked, e.g. `commissioners = [\"vws\", \"zn\", \"vng\"]`", "noem de partijen wier gelijkwaardig opdrachtgeverschap wordt getoetst, bijv. `commissioners = [\"vws\", \"zn\", \"vng\"]`")),
        );
    }
    if document.agreements.is_empty() {
        r.diagnostics.push(
            Diagnostic::new("missing-field", header.span, said!("the model declares no `[[agreement]]`", "het model declareert geen `[[agreement]]`"))
                .label(said!("commissioners commission an agreement", "opdrachtgevers geven opdracht tot een akkoord"))
                .help(said!("declare the agreement with `[[agreement]]`, its `id`, `source` and `[[agreement.commissioner]]`s", "declareer het akkoord met `[[agreement]]`, met `id`, `source` en `[[agreement.commissioner]]`s")),
        );
    }
    let commissioners = r.parties(
        header.commissioners.as_deref().unwrap_or_default(),
        "`commissioners`",
    );
    let element = Said::new(elements::MODEL.name.en, elements::MODEL.name.nl);
    Header {
        title: header.title.value.clone(),
        cited: r.cite(&header.cited, header.span, element),
        status: header.status.map_or(TextStatus::Draft, |s| s.value),
        ratified_by: header
            .ratified_by
            .as_ref()
            .and_then(|id| r.resolve(id, &[Kind::Document]))
            .map(|(_, i)| i),
        commissioners,
    }
}

/// The solver's resource limit per obligation that the model asks for, if any.
pub(super) fn rlimit(document: &Document) -> Option<u32> {
    document
        .header
        .as_ref()
        .and_then(|h| h.rlimit)
        .map(|r| r.value)
}

/// The first and last year the money rules check, when the model sets them.
pub(super) fn years(document: &Document) -> Option<(i32, i32)> {
    document
        .header
        .as_ref()
        .and_then(|h| h.years.as_ref())
        .map(|y| y.value)
}

/// The ids of the rules that apply, when the model names them; each must be a rule's id.
pub(super) fn rules(r: &mut Resolver<'_>, document: &Document) -> Option<Vec<String>> {
    document
        .header
        .as_ref()
        .and_then(|h| h.rules.as_ref())
        .map(|ids| {
            let known: Vec<&str> = crate::rules::ALL.iter().map(|rule| rule.id).collect();
            for id in ids {
                if !known.contains(&id.value.as_str()) {
                    let mut diagnostic = Diagnostic::new(
                        "unknown-reference",
                        id.span,
                        said!("no rule is called `{}`", "geen regel heet `{}`", id.value),
                    )
                    .label(said!("not a rule", "geen regel"));
                    diagnostic = match did_you_mean(&id.value, known.iter().copied()) {
                        Some(close) => diagnostic.help(suggest(close)),
                        None => diagnostic.help(said!(
                            "`toets rules` lists the rules",
                            "`toets rules` somt de regels op"
                        )),
                    };
                    r.diagnostics.push(diagnostic);
                }
            }
            ids.iter().map(|id| id.value.clone()).collect()
        })
}
