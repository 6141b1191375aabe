//! Stage 7: reports for people (text, Markdown) and for machines (JSON, SARIF, SMT-LIB
//! files), all rendered from the results of a check ([`crate::check::Report`]); nothing here
//! is used by an earlier stage.
//!
//! Every format is deterministic: verdicts come in rule order and, within a rule, in model
//! order; nothing depends on time, hash order, threads or the terminal.

pub mod diff;
mod github;
mod gitlab;
mod invocation;
mod junit;
mod markdown;
mod parts;
pub mod proofs;
mod sarif;
mod text;

pub use github::github;
pub use gitlab::gitlab;
pub use invocation::Invocation;
pub use junit::junit;
pub use markdown::markdown;
pub use sarif::sarif;
pub use text::text;

use crate::check::Report;

/// The JSON report of several models: an array with one object per model, in the order given.
pub fn json(reports: &[Report]) -> String {
    let mut out = serde_json::to_string_pretty(reports).expect("reports serialise");
    out.push('\n');
    out
}

/// The JSON Schema of `--format json`: an array with one report per model, derived from the
/// types that write it (as they serialise: a field left out when empty is not required).
pub fn report_schema() -> serde_json::Value {
    schema_of::<Vec<Report>>()
}

/// The JSON Schema of `toets diff --format json`, derived from the types that write it.
pub fn diff_schema() -> serde_json::Value {
    schema_of::<diff::Diff>()
}

fn schema_of<T: schemars::JsonSchema>() -> serde_json::Value {
    let schema = schemars::generate::SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator()
        .into_root_schema_for::<T>();
    serde_json::to_value(schema).expect("a schema serialises")
}

/// Leaves out the line and column of every place a report names (keeping the paths, element
/// ids and everything else), so that a snapshot of it changes only when a verdict, a witness or
/// a citation does, not when a line is added above an element (`--no-positions`).
pub fn without_positions(report: &mut Report) {
    let path_only = |location: &mut String| {
        if let Some((path, _, _)) = parts::position(location) {
            *location = path.to_string();
        }
    };
    for verdict in &mut report.verdicts {
        let clauses = verdict.rests_on.iter_mut().chain(
            verdict
                .counterexample
                .iter_mut()
                .flat_map(|c| &mut c.clauses),
        );
        for clause in clauses {
            path_only(&mut clause.location);
            clause.excerpt.clear();
        }
        if let Some(accepted) = &mut verdict.accepted {
            path_only(&mut accepted.location);
        }
    }
    for reading in &mut report.readings {
        path_only(&mut reading.location);
    }
}
