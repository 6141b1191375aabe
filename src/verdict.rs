//! Verdicts and counterexamples: what a check concludes, as data.
//!
//! These types are the JSON contract that review pipelines depend on (see
//! docs/model-language.md, "Output"): field names and their order are stable.

use crate::model::{Citation, Cited, Model, StepKind, Stream, Verification};
use serde::Serialize;

/// A verdict's status, ordered from best to worst: holds, unknown, violated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Holds,
    Unknown,
    Violated,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Holds => "holds",
            Status::Violated => "violated",
            Status::Unknown => "unknown",
        }
    }
}

/// The verdict of one rule on one subject.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Verdict {
    /// The rule's kebab-case id.
    pub rule: &'static str,
    pub status: Status,
    /// The id of the decision, plan, region or agreement the verdict is about; `null` when it is
    /// about the model as a whole.
    pub subject: Option<String>,
    /// Present exactly when the status is `violated`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counterexample: Option<Counterexample>,
    /// Present exactly when the status is `unknown`: why the solver could not decide.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// When the status is `holds`: the model elements the proof rests on, each cited. Each is
    /// needed by the proof of some case of the rule (without it, that case's obligation is
    /// satisfiable), and no smaller set of them proves that case. Empty (and absent from JSON)
    /// when the proof needs no element of the model, e.g. when no relation leads anywhere.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rests_on: Vec<Clause>,
    /// For `equal-power`: each commissioner's voting power in the decision, exactly. Empty
    /// (and absent from JSON) for other rules, and where counting would take too many states.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub power: Vec<PowerOf>,
    /// When a schedule rule holds: a schedule that meets every date, step by step. Empty (and
    /// absent from JSON) for every other verdict.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub schedule: Vec<Scheduled>,
    /// The modeller's readings the verdict rests on: those of the elements its proof or its
    /// counterexample cites, and those that change it when taken back, as indices into the
    /// report's `readings`. Empty (and absent) when it rests on the texts alone.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub readings: Vec<usize>,
    /// How the verdict depends on the model's readings: what it is on the text alone, and which
    /// readings, taken back one at a time, change it. Absent when the model has no readings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sensitivity: Option<Sensitivity>,
    /// When the team has accepted this violation (an accept file): why, by whom, until when.
    /// The verdict stays violated, but does not fail the exit code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accepted: Option<Accepted>,
}

/// An accepted violation: why, by whom, until when, and where the acceptance is written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Accepted {
    pub reason: String,
    pub accepted_by: String,
    /// The last day it holds (`YYYY-MM-DD`); absent when it holds for good.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    /// Where the acceptance is written: `path:line:column`.
    pub location: String,
}

/// How a verdict depends on the readings of the model.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Sensitivity {
    /// The verdict with every reading taken back (each element left out, or each field given
    /// its alternative): the verdict on the text alone.
    pub text_alone: Without,
    /// The readings that, taken back one at a time, change the verdict, with what it becomes.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub changed_by: Vec<ChangedBy>,
    /// The dependence in words: "violated only under readings R1 and R2".
    pub summary: String,
}

/// A verdict that one reading, taken back, changes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct ChangedBy {
    /// The reading, as an index into the report's `readings`.
    pub reading: usize,
    /// What the verdict becomes without it.
    pub becomes: Without,
}

/// What a verdict becomes when readings are taken back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Without {
    Holds,
    Unknown,
    Violated,
    /// The subject of the verdict is no longer there (the reading was the element itself).
    Gone,
    /// The model without the reading is not a valid model: some other element needs it.
    Invalid,
}

impl From<Status> for Without {
    fn from(status: Status) -> Without {
        match status {
            Status::Holds => Without::Holds,
            Status::Unknown => Without::Unknown,
            Status::Violated => Without::Violated,
        }
    }
}

/// A party's voting power in one decision, exactly. Numbers are decimal strings: they can
/// exceed what a JSON number holds without loss.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct PowerOf {
    pub party: String,
    /// The coalitions of the other voters in which this party's vote turns the outcome.
    pub swings: String,
    /// The Banzhaf index: `swings / 2ⁿ⁻¹` over the decision's `n` voters, in lowest terms.
    pub banzhaf: String,
    /// The Shapley–Shubik index, in lowest terms.
    pub shapley_shubik: String,
}

/// A constraint on a schedule, stated by a process step: it starts on or after `earliest`, is
/// done by `deadline`, or starts after the step `after` is done; `days` is how long the step
/// (for `after`: the earlier step) takes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Constraint {
    pub text: String,
    pub step: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub earliest: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
    pub days: i64,
}

/// A step of a schedule: when it starts and when it is done, as ISO dates.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Scheduled {
    pub step: String,
    pub start: String,
    pub end: String,
}

/// A concrete scenario in which a rule fails.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Counterexample {
    /// The scenario in one sentence.
    pub summary: String,
    #[serde(flatten)]
    pub detail: Detail,
    /// The model elements the scenario rests on, each with its citation.
    pub clauses: Vec<Clause>,
}

/// The rule-specific part of a counterexample.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(untagged)]
pub enum Detail {
    /// A vote in which a decision passes although someone who should have a say refuses.
    Vote {
        decision: String,
        step: String,
        /// The party (no-decision-without) or side (joint review) that is left out.
        left_out: String,
        /// For money-no-exemption: the money stream that pays for the plan.
        #[serde(skip_serializing_if = "Option::is_none")]
        stream: Option<Stream>,
        consents: Vec<String>,
        refuses: Vec<String>,
        /// Parties that stay away, where a quorum makes presence matter.
        #[serde(skip_serializing_if = "Vec::is_empty")]
        absent: Vec<String>,
    },
    /// A chain of relations that puts one commissioner under another.
    Path {
        from: String,
        to: String,
        path: Vec<PathStep>,
    },
    /// A coalition of the other voters that a decision passes with one commissioner and not
    /// with another in its place.
    Power {
        decision: String,
        stronger: String,
        weaker: String,
        /// The other voters that consent, besides the stronger commissioner.
        coalition: Vec<String>,
    },
    /// Facts of the model that break the rule.
    Facts { findings: Vec<Finding> },
    /// A year in which the money falls short, in whole euros.
    Money {
        year: i32,
        /// The structural money to the municipal side that year.
        funds: i64,
        /// The structural costs of the municipal side's tasks that year.
        costs: i64,
        /// The cuts that year, each range at the amount the counterexample takes.
        cuts: i64,
        /// `costs + cuts − funds`, above zero.
        shortfall: i64,
    },
    /// A run of the process that reaches a step without a step it needs.
    Run {
        /// The step reached.
        reached: String,
        /// The kind of step that no step of the run is.
        missing: StepKind,
        /// The steps the run does, in an order that keeps every `after`.
        done: Vec<String>,
    },
    /// Dates and durations that no schedule can meet together.
    Infeasible {
        /// The constraints of a minimal set that cannot all be met.
        constraints: Vec<Constraint>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct PathStep {
    pub from: String,
    pub relation: String,
    pub to: String,
}

/// One fact that breaks a structural rule, e.g. a commissioner that is missing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Finding {
    /// A kebab-case code for the kind of finding, e.g. `not-a-commissioner`.
    pub problem: &'static str,
    /// The party, right or body the finding is about.
    pub about: String,
    /// The finding in words.
    pub text: String,
}

/// A model element a verdict rests on: what it is, its `source`, and where it is in the file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Clause {
    pub element: String,
    /// The element's citations in words: each document by its title, the place in it, and the
    /// quote.
    pub source: String,
    pub location: String,
    /// The element's citations, each with whether its quote was found in its document's text.
    /// Filled in, like `location`, when a verdict shows the clause.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub citations: Vec<CitationOf>,
    /// The modeller's readings of the element, as indices into the report's `readings`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub readings: Vec<usize>,
    /// The element's citations as the model has them, from which `citations` is written.
    #[serde(skip)]
    pub cited: Vec<Citation>,
    /// The element's place in the model file, rendered as error messages render theirs: the
    /// line with the element marked. Filled in for the clauses of counterexamples, which the
    /// text report shows with their lines; JSON has `location`.
    #[serde(skip)]
    pub excerpt: String,
    /// The element's span in the model file.
    #[serde(skip)]
    pub span: crate::language::source::Span,
}

impl Clause {
    /// Cites an element of `model`: what it is, its `source`, and its span in the file.
    /// Its `location` and `excerpt` are rendered by [`Clause::place`] when a verdict shows it:
    /// most of what obligations cite never reaches a report.
    pub fn cite(_model: &Model, element: String, cited: &Cited) -> Clause {
        Clause {
            element,
            source: cited.source.clone(),
            location: String::new(),
            citations: Vec::new(),
            readings: cited.readings.clone(),
            cited: cited.citations.clone(),
            excerpt: String::new(),
            span: cited.span,
        }
    }

    /// The clause with its `location`, its `citations` (and, if `excerpt`, its excerpt)
    /// rendered.
    pub fn place(mut self, model: &Model, excerpt: bool) -> Clause {
        self.location = model.location(self.span);
        self.citations = self
            .cited
            .iter()
            .map(|c| {
                let document = c.document.map(|d| &model.documents[d]);
                CitationOf {
                    document: document.map(|d| d.id.clone()),
                    title: document.map(|d| d.title.clone()),
                    page: c.page,
                    at: c.at.clone(),
                    quote: c.quote.clone(),
                    words: c.words.clone(),
                    verified: c.verified,
                }
            })
            .collect();
        if excerpt {
            self.excerpt = model.file.excerpt(self.span, "");
        }
        self
    }
}

/// One citation of a clause: the document (by its id and title), the place in it, the quote,
/// and whether the quote was found in the document's text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct CitationOf {
    /// The document's id; absent for a citation in words that names no declared document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// The citation in words.
    pub words: String,
    /// `verified` (the quote is in the document's text), `no-text` (the text is not available,
    /// so the quote could not be checked), `no-quote` (nothing to check) or `no-document` (words
    /// that name no declared document).
    pub verified: Verification,
}
