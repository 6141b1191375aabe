//! What a check concludes about one model: the [`Report`] (its verdicts, the documents and
//! readings they rest on), and every obligation with its outcome.

use crate::lang::Lang;
use crate::logic::formula::Obligation;
use crate::logic::solve::Outcome;
use crate::model::{DocumentKind, Model, TextStatus};
use crate::verdict::{Status, Verdict};
use serde::Serialize;

/// The version of the JSON report's layout. It changes only when a field is renamed, removed or
/// changes meaning; fields may be added within a version.
pub const SCHEMA_VERSION: u32 = 2;

/// The verdicts on one model: `Serialize` gives the JSON object of the report, `Display` the
/// text report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Report {
    /// [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The versions of toets and of the Z3 library it linked: a verdict that changes with the
    /// solver can be traced to it.
    pub tool: Tool,
    /// The language of the texts: `en` or `nl`.
    pub lang: Lang,
    /// The path of the model file, as given.
    pub model: String,
    pub title: String,
    /// How far the structure has come: `draft`, `agreed` or `ratified`.
    pub status: TextStatus,
    /// Whether the verdicts are provisional: the structure is not ratified.
    pub provisional: bool,
    /// Whether the verdicts were decided on the texts alone, every reading taken back
    /// (`--without-readings`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub without_readings: bool,
    /// The documents the model cites, by their real titles.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<DocumentEntry>,
    /// The modeller's readings, where the texts are silent or ambiguous; verdicts and clauses
    /// name them by their index here.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub readings: Vec<ReadingEntry>,
    pub verdicts: Vec<Verdict>,
    pub summary: Summary,
    /// The rules left out by the model's or the command line's `rules`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_applied: Vec<&'static str>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Summary {
    pub holds: usize,
    pub violated: usize,
    pub unknown: usize,
    /// The verdicts that rest on at least one reading of the modeller's.
    pub on_readings: usize,
    /// The violated verdicts the team has accepted (an accept file).
    pub accepted: usize,
}

/// Which toets decided, with which Z3.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Tool {
    pub name: String,
    /// toets's version.
    pub version: String,
    /// The full version of the Z3 library toets is linked with.
    pub z3: String,
}

impl Tool {
    /// This toets, with its Z3.
    pub fn this() -> Tool {
        Tool {
            name: "toets".to_string(),
            version: env!("CARGO_PKG_VERSION").to_string(),
            z3: crate::logic::solve::z3_version(),
        }
    }
}

/// A document a model cites.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct DocumentEntry {
    pub id: String,
    pub title: String,
    pub author: String,
    pub date: String,
    pub kind: DocumentKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Whether its text is available, so that its quotes are verified.
    pub text: bool,
}

/// A reading of the modeller's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct ReadingEntry {
    /// The element it is about, in the report's language: "cut `ravijnjaar-2026`".
    pub element: String,
    /// The field it is about; the whole element when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    pub says: String,
    /// The other reading, in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub otherwise: Option<String>,
    /// Where it is written.
    pub location: String,
}

impl Report {
    /// The report of `verdicts` on `model`, with its summary, documents and readings.
    pub fn new(
        model: &Model,
        lang: Lang,
        verdicts: Vec<Verdict>,
        not_applied: Vec<&'static str>,
    ) -> Report {
        let mut summary = Summary::default();
        for verdict in &verdicts {
            match verdict.status {
                Status::Holds => summary.holds += 1,
                Status::Violated => summary.violated += 1,
                Status::Unknown => summary.unknown += 1,
            }
            if !verdict.readings.is_empty() {
                summary.on_readings += 1;
            }
        }
        let documents = model
            .documents
            .iter()
            .map(|d| DocumentEntry {
                id: d.id.clone(),
                title: d.title.clone(),
                author: d.author.clone(),
                date: d.date.clone(),
                kind: d.kind,
                identifier: d.identifier.clone(),
                url: d.url.clone(),
                text: d.text.is_some(),
            })
            .collect();
        let readings = model
            .readings
            .iter()
            .map(|r| ReadingEntry {
                element: r.element.get(lang).to_string(),
                field: r.field.as_ref().map(|(name, _)| name.clone()),
                says: r.says.clone(),
                otherwise: r.otherwise.clone(),
                location: model.location(r.span),
            })
            .collect();
        Report {
            schema_version: SCHEMA_VERSION,
            tool: Tool::this(),
            lang,
            model: model.file.path.clone(),
            title: model.title.clone(),
            status: model.status,
            provisional: model.status != TextStatus::Ratified,
            without_readings: false,
            documents,
            readings,
            verdicts,
            summary,
            not_applied,
        }
    }

    /// The worst status among the verdicts that are not accepted, `Holds` when there are none:
    /// what the exit code says.
    pub fn worst(&self) -> Status {
        worst(
            self.verdicts
                .iter()
                .filter(|v| v.accepted.is_none())
                .map(|v| v.status),
        )
    }
}

/// The worst of some statuses: violated, then unknown, then holds (also for none).
pub fn worst(statuses: impl IntoIterator<Item = Status>) -> Status {
    statuses.into_iter().max().unwrap_or(Status::Holds)
}

/// One obligation and what the solver said about it.
#[derive(Clone, Debug)]
pub struct Decided {
    pub obligation: Obligation,
    pub outcome: Outcome,
}

/// A checked model: the report, and every obligation with its outcome.
#[derive(Clone, Debug)]
pub struct Checked {
    pub report: Report,
    pub decided: Vec<Decided>,
}
