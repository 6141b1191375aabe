//! The pipeline: load → validate → graph → encode → solve → explain, for one model.
//!
//! Obligations are decided in the order their rules state them; within one rule and subject
//! the first satisfiable case gives the counterexample. Nothing here prints.

use crate::diagnostic::Diagnostic;
use crate::encode::Obligation;
use crate::graph::GovernanceGraph;
use crate::model::Model;
use crate::rules::{self, Input};
use crate::solve::{self, Limits, Outcome};
use crate::source::SourceFile;
use crate::verdict::{Status, Verdict};
use crate::{load, validate};
use serde::Serialize;

/// How to check.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    pub limits: Limits,
}

/// A model file that could not be checked, with every problem found in it.
#[derive(Debug)]
pub struct Rejected {
    pub file: SourceFile,
    pub diagnostics: Vec<Diagnostic>,
}

impl Rejected {
    /// The diagnostics rendered against the file, at most [`load::MAX_DIAGNOSTICS`] of them.
    pub fn render(&self) -> String {
        let mut out = String::new();
        for diagnostic in self.diagnostics.iter().take(load::MAX_DIAGNOSTICS) {
            out.push_str(&diagnostic.render(&self.file));
            out.push('\n');
        }
        let hidden = self.diagnostics.len().saturating_sub(load::MAX_DIAGNOSTICS);
        if hidden > 0 {
            out.push_str(&format!(
                "... and {hidden} more errors in {}\n\n",
                self.file.path
            ));
        }
        let n = self.diagnostics.len();
        out.push_str(&format!(
            "{}: {n} error{}; the model was not checked\n",
            self.file.path,
            if n == 1 { "" } else { "s" }
        ));
        out
    }
}

/// The verdicts on one model.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ModelReport {
    /// The path of the model file, as given.
    pub model: String,
    pub title: String,
    pub verdicts: Vec<Verdict>,
    pub summary: Summary,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub holds: usize,
    pub violated: usize,
    pub unknown: usize,
}

impl ModelReport {
    /// The worst status among the verdicts, `Holds` when there are none.
    pub fn worst(&self) -> Status {
        self.verdicts
            .iter()
            .map(|v| v.status)
            .max_by_key(|s| match s {
                Status::Holds => 0,
                Status::Unknown => 1,
                Status::Violated => 2,
            })
            .unwrap_or(Status::Holds)
    }
}

/// Loads and validates the model file at `path`.
pub fn load_file(path: &str) -> Result<Model, Rejected> {
    match load::read_file(path) {
        Ok(file) => load_source(file),
        Err(failure) => {
            let (file, diagnostic) = *failure;
            Err(Rejected {
                file,
                diagnostics: vec![diagnostic],
            })
        }
    }
}

/// Loads and validates model text; `path` names it in messages.
pub fn load_source(file: SourceFile) -> Result<Model, Rejected> {
    let (document, mut diagnostics) = load::parse(&file);
    match validate::validate(&file, &document) {
        Ok(model) if diagnostics.is_empty() => Ok(model),
        Ok(_) => Err(Rejected { file, diagnostics }),
        Err(more) => {
            diagnostics.extend(more);
            diagnostics.sort_by_key(|d| d.span.map(|s| (s.start, s.end)));
            diagnostics.dedup();
            Err(Rejected { file, diagnostics })
        }
    }
}

/// Every proof obligation of a model, in the order they are decided.
pub fn obligations(model: &Model) -> Vec<Obligation> {
    let graph = GovernanceGraph::build(model);
    let input = Input {
        model,
        graph: &graph,
    };
    rules::ALL
        .iter()
        .flat_map(|rule| (rule.obligations)(&input))
        .collect()
}

/// Checks every rule on a model.
pub fn check_model(model: &Model, options: &Options) -> ModelReport {
    let graph = GovernanceGraph::build(model);
    let input = Input {
        model,
        graph: &graph,
    };
    let mut verdicts = Vec::new();
    for rule in rules::ALL {
        let obligations = (rule.obligations)(&input);
        let mut start = 0;
        while start < obligations.len() {
            let subject = &obligations[start].subject;
            let end = start
                + obligations[start..]
                    .iter()
                    .take_while(|o| &o.subject == subject)
                    .count();
            verdicts.push(decide(&input, rule, &obligations[start..end], options));
            start = end;
        }
    }
    let mut summary = Summary::default();
    for verdict in &verdicts {
        match verdict.status {
            Status::Holds => summary.holds += 1,
            Status::Violated => summary.violated += 1,
            Status::Unknown => summary.unknown += 1,
        }
    }
    ModelReport {
        model: model.file.path.clone(),
        title: model.title.clone(),
        verdicts,
        summary,
    }
}

/// The verdict of one rule on one subject, from the obligations of its cases.
fn decide(
    input: &Input<'_>,
    rule: &rules::Rule,
    cases: &[Obligation],
    options: &Options,
) -> Verdict {
    let mut unknown = None;
    for obligation in cases {
        match solve::solve(obligation, options.limits) {
            Outcome::Unsat => {}
            Outcome::Sat(values) => {
                return Verdict {
                    rule: rule.id,
                    status: Status::Violated,
                    subject: obligation.subject.clone(),
                    counterexample: Some((rule.counterexample)(input, obligation, &values)),
                    reason: None,
                };
            }
            Outcome::Unknown(reason) => {
                unknown.get_or_insert(format!(
                    "the solver gave up on the case \"{}\" at its resource limit of {} steps ({reason}); raise it with --rlimit",
                    obligation.case, options.limits.rlimit
                ));
            }
        }
    }
    Verdict {
        rule: rule.id,
        status: if unknown.is_some() {
            Status::Unknown
        } else {
            Status::Holds
        },
        subject: cases.first().and_then(|o| o.subject.clone()),
        counterexample: None,
        reason: unknown,
    }
}
